"""Field values users see by a name in their language: lifecycle stages ("lead" -> "Lead", "customer" -> "Cliente").

The CRM keeps the keys (HubSpot's lifecycle stage values); pickers, tables and summaries
show `value_label(...)`. Unknown values are shown as they are.
"""

from __future__ import annotations

from typing import Any

from runtime.catalog.types import Text

T = Text
LIFECYCLE_TITLES: dict[str, Text] = {
    "subscriber": T("Suscriptor", "Subscriber"),
    "lead": T("Lead", "Lead"),
    "mql": T("Lead cualificado para marketing", "Marketing qualified lead"),
    "sql": T("Lead cualificado para ventas", "Sales qualified lead"),
    "opportunity": T("Oportunidad", "Opportunity"),
    "customer": T("Cliente", "Customer"),
    "evangelist": T("Evangelizador", "Evangelist"),
    "other": T("Otro", "Other"),
}
_BY_FIELD = {"lifecycle_stage": LIFECYCLE_TITLES}


def value_label(field: str, value: Any, lang: str) -> str:
    """`value` of `field` ("lifecycle_stage" or "contact.lifecycle_stage") as users read it in `lang`."""
    titles = _BY_FIELD.get(str(field).rsplit(".", 1)[-1], {})
    found = titles.get(str(value)) if value is not None else None
    return found.get(lang) if found is not None else ("" if value is None else str(value))
