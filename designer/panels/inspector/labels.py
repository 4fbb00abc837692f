"""CRM field paths as people name them: "Nombre" under "Contacto", the key only as a hint.

Standard paths have translated labels here; a custom field shows the CRM's own label
(HubSpot's property label) or, when the CRM only knows its key, the key made readable
("fecha_alta" -> "Fecha alta").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as N_  # noqa: N814 (marks labels for translation)
from PySide6.QtCore import QCoreApplication

from designer.panels.inspector.picker import Pick

GROUPS = {
    "contact": N_("Fields", "Contact"),
    "deal": N_("Fields", "Deal"),
    "owner": N_("Fields", "Owner"),
    "company": N_("Fields", "Company"),
}
LABELS = {
    "contact.email": N_("Fields", "Email"),
    "contact.first_name": N_("Fields", "First name"),
    "contact.last_name": N_("Fields", "Last name"),
    "contact.phone": N_("Fields", "Phone"),
    "contact.company": N_("Fields", "Company"),
    "contact.city": N_("Fields", "City"),
    "contact.country": N_("Fields", "Country"),
    "contact.lifecycle_stage": N_("Fields", "Lifecycle stage"),
    "contact.source": N_("Fields", "Source"),
    "contact.tags": N_("Fields", "Tags"),
    "contact.birthday": N_("Fields", "Birthday"),
    "contact.owner_id": N_("Fields", "Owner"),
    "contact.created_at": N_("Fields", "Created on"),
    "contact.updated_at": N_("Fields", "Last changed on"),
    "owner.name": N_("Fields", "Name"),
    "owner.email": N_("Fields", "Email"),
    "deal.title": N_("Fields", "Title"),
    "deal.amount": N_("Fields", "Amount"),
    "deal.pipeline": N_("Fields", "Pipeline"),
    "deal.stage": N_("Fields", "Stage"),
    "deal.close_date": N_("Fields", "Close date"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def readable(key: str) -> str:
    """A key made readable: "fecha_alta" -> "Fecha alta"."""
    words = key.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else key


def group_of(path: str) -> str:
    """The record a path belongs to, in the UI language ("Contacto")."""
    record = path.split(".", 1)[0] if "." in path else "contact"
    return _tr(GROUPS[record]) if record in GROUPS else readable(record)


def field_label(path: str, title: str = "") -> str:
    """The label of one field path (without its group)."""
    if path in LABELS:
        return _tr(LABELS[path])
    key = path.split(".", 1)[1] if "." in path else path
    if title and title != key:
        return title
    return readable(key)


def full_label(path: str, title: str = "") -> str:
    """A label that names its record when it is not the contact's: "Negocio · Etapa"."""
    label = field_label(path, title)
    if path.startswith("contact.") or "." not in path:
        return label
    return f"{group_of(path)} · {label}"


def field_picks(fields: list[dict[str, Any]]) -> list[Pick]:
    """Picker items for a field source's fields, grouped by record, custom ones marked."""
    out = []
    for f in fields:
        path = str(f.get("path") or "")
        if not path:
            continue
        hint = path + (" · " + _tr("custom") if f.get("custom") else "")
        out.append(Pick(path, field_label(path, str(f.get("title") or "")), group_of(path), hint))
    return out
