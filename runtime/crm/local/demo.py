"""Demo data for a first start: three owners, the "Ventas" pipeline, a dozen contacts, some deals.

`seed_demo_crm(conn)` does nothing if any contact exists, so calling it at every start is safe.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.local import contacts, deals, users
from runtime.store.schema_crm import crm_contacts, crm_pipelines

ORIGIN = "demo"
STAGES = ["Nuevo", "Cualificado", "Propuesta", "Negociación", "Ganado", "Perdido"]
USERS = [("lucia@caudal.demo", "Lucía Fernández"), ("marco@caudal.demo", "Marco Díaz"),
         ("sofia@caudal.demo", "Sofía Romero")]

# email, first, last, phone, company, city, lifecycle, source, owner index, tags
CONTACTS = [
    ("ana.garcia@ejemplo.es", "Ana", "García", "+34 600 111 201", "Panadería Sol", "Madrid", "lead", "web", 0,
     ("boletín",)),
    ("jose.munoz@ejemplo.es", "José", "Muñoz", "+34 600 111 202", "Muñoz Asesores", "Sevilla", "customer", "feria", 1,
     ("cliente", "vip")),
    ("carmen.ruiz@ejemplo.es", "Carmen", "Ruiz", "+34 600 111 203", "", "Valencia", "subscriber", "web", 2,
     ("boletín",)),
    ("javier.lopez@ejemplo.mx", "Javier", "López", "+52 55 1234 5678", "Tacos El Güero", "Ciudad de México",
     "opportunity", "referido", 0, ("cliente",)),
    ("lucia.torres@ejemplo.co", "Lucía", "Torres", "+57 300 123 4567", "Café Andino", "Medellín", "lead", "anuncio", 1,
     ()),
    ("martin.perez@ejemplo.ar", "Martín", "Pérez", "+54 11 5555 0101", "Pérez Hnos.", "Buenos Aires", "sql", "web", 2,
     ("boletín", "webinar")),
    ("elena.navarro@ejemplo.es", "Elena", "Navarro", "+34 600 111 207", "Clínica Navarro", "Zaragoza", "customer",
     "feria", 0, ("cliente",)),
    ("diego.ramirez@ejemplo.cl", "Diego", "Ramírez", "+56 9 8765 4321", "Viñedos del Sur", "Santiago", "mql",
     "anuncio", 1, ("webinar",)),
    ("isabel.moreno@ejemplo.es", "Isabel", "Moreno", "+34 600 111 209", "", "Bilbao", "lead", "web", 2, ()),
    ("pablo.castro@ejemplo.pe", "Pablo", "Castro", "+51 987 654 321", "Textiles Inca", "Lima", "opportunity",
     "referido", 0, ("vip",)),
    ("sara.ortega@ejemplo.es", "Sara", "Ortega", "+34 600 111 211", "Ortega Diseño", "Barcelona", "subscriber",
     "web", 1, ("boletín",)),
    ("andres.vega@ejemplo.uy", "Andrés", "Vega", "+598 99 123 456", "Vega Logística", "Montevideo", "customer",
     "feria", 2, ("cliente", "boletín")),
]

DEALS = [  # title, contact index, stage, amount
    ("Web para Panadería Sol", 0, "Nuevo", 1500),
    ("Consultoría anual Muñoz", 1, "Ganado", 12000),
    ("Tienda online Tacos El Güero", 3, "Propuesta", 4800),
    ("Campaña Café Andino", 4, "Cualificado", 2200),
    ("Renovación Clínica Navarro", 6, "Negociación", 6500),
    ("Catálogo Textiles Inca", 9, "Perdido", 3000),
]


def has_contacts(conn: Connection) -> bool:
    """Whether the local CRM holds any contact."""
    return conn.scalar(select(crm_contacts.c.id).limit(1)) is not None


def seed_demo_crm(conn: Connection) -> bool:
    """Create the demo data on `conn` unless a contact exists. Returns True if it seeded."""
    if has_contacts(conn):
        return False
    user_ids = []
    for email, name in USERS:
        found = users.get_user(conn, email)
        user_ids.append(int(found["id"]) if found else users.create_user(conn, email, name, ORIGIN))
    if conn.scalar(select(crm_pipelines.c.id).where(crm_pipelines.c.name == "Ventas")) is None:
        deals.create_pipeline(conn, "Ventas", STAGES, ORIGIN)
    contact_ids = []
    for email, first, last, phone, company, city, stage, source, owner, tags in CONTACTS:
        values = {"email": email, "first_name": first, "last_name": last, "phone": phone, "company": company,
                  "city": city, "lifecycle_stage": stage, "source": source, "owner_id": user_ids[owner]}
        contact_ids.append(contacts.create_contact(conn, values, ORIGIN, tags))
    for title, index, stage, amount in DEALS:
        deals.create_deal(conn, title, "Ventas", stage, ORIGIN, contact_id=contact_ids[index], amount=amount,
                          owner=user_ids[CONTACTS[index][8]])
    return True
