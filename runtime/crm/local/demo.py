"""Demo data for a first start, in the user's language: three owners, a sales pipeline, a dozen contacts, deals.

Each language's set is a file, runtime/crm/local/demo_data/<lang>.json (English when a
language has none). `seed_demo_crm(conn, lang)` does nothing if any contact exists, so
calling it at every start is safe. Lifecycle stages stay the CRM's keys ("lead",
"customer"); the designer shows them in the user's language.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.local import contacts, deals, users
from runtime.i18n.languages import SOURCE, normalize
from runtime.store.schema_crm import crm_contacts, crm_pipelines

ORIGIN = "demo"
DATA_DIR = Path(__file__).resolve().parent / "demo_data"


@cache
def demo_set(lang: str = "es") -> dict[str, Any]:
    """The demo data of `lang`: users, pipeline, stages, contacts, deals (see es.json)."""
    path = DATA_DIR / f"{normalize(lang) or SOURCE}.json"
    if not path.exists():
        path = DATA_DIR / f"{SOURCE}.json"
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def has_contacts(conn: Connection) -> bool:
    """Whether the local CRM holds any contact."""
    return conn.scalar(select(crm_contacts.c.id).limit(1)) is not None


def seed_demo_crm(conn: Connection, lang: str = "es") -> bool:
    """Create the demo data of `lang` on `conn` unless a contact exists. Returns True if it seeded."""
    if has_contacts(conn):
        return False
    data = demo_set(lang)
    user_ids = []
    for email, name in data["users"]:
        found = users.get_user(conn, email)
        user_ids.append(int(found["id"]) if found else users.create_user(conn, email, name, ORIGIN))
    pipeline = data["pipeline"]
    if conn.scalar(select(crm_pipelines.c.id).where(crm_pipelines.c.name == pipeline)) is None:
        deals.create_pipeline(conn, pipeline, data["stages"], ORIGIN)
    contact_ids = []
    owners = []
    for email, first, last, phone, company, city, stage, source, owner, tags in data["contacts"]:
        values = {"email": email, "first_name": first, "last_name": last, "phone": phone, "company": company,
                  "city": city, "lifecycle_stage": stage, "source": source, "owner_id": user_ids[owner]}
        contact_ids.append(contacts.create_contact(conn, values, ORIGIN, tuple(tags)))
        owners.append(user_ids[owner])
    for title, index, stage, amount in data["deals"]:
        deals.create_deal(conn, title, pipeline, stage, ORIGIN, contact_id=contact_ids[index], amount=amount,
                          owner=owners[index])
    return True
