"""Fields a connection's CRM does not let anyone write: refused when a flow is activated.

HubSpot computes some properties itself (`hs_analytics_source` behind `contact.source`, every
`hs_analytics_*`, creation and modification dates, the object id); writing one answers 400
READ_ONLY_VALUE, so a flow that sets one in an "update fields" step is refused at activation
instead of failing for every contact at run time. Every CRM keeps its ids and timestamps.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from runtime.catalog import get_catalog
from runtime.catalog.types import Text
from runtime.flows.problems import Problem
from runtime.store.schema_runtime import app_settings

ALWAYS = frozenset({"id", "created_at", "updated_at"})
HUBSPOT = frozenset({"hs_analytics_source", "createdate", "lastmodifieddate", "hs_object_id"})


def read_only(kind: str, field: str) -> str | None:
    """The vendor's name of `field` (a Caudal contact field or a vendor property) when it is
    read-only there, else None."""
    if field in ALWAYS:
        return field
    if kind == "hubspot":
        from runtime.crm.hubspot.mapping import CONTACT_PROPS  # here: the hubspot package loads httpx

        prop = CONTACT_PROPS.get(field, field)
        if prop in HUBSPOT or prop.startswith("hs_analytics_"):
            return prop
    return None


def read_only_problems(conn: Any, flow: Any) -> list[Any]:
    """A `read_only_field` Problem for each update-fields value a flow's CRM will refuse."""
    crm = flow.settings.crm
    if crm in (None, "", "local"):
        return []
    value = conn.execute(select(app_settings.c.value).where(app_settings.c.key == f"connection:{crm}")).scalar()
    kind = (value or {}).get("kind", "")
    catalog, problems = get_catalog(), []
    for node in flow.nodes:
        if (catalog.resolve(node.type) or node.type) != "action.update_fields":
            continue
        for key in (node.config or {}).get("values") or {}:
            path = str(key).strip()
            if path.startswith("deal."):
                continue
            name = read_only(kind, path.removeprefix("contact.").removeprefix("custom."))
            if name is not None:
                problems.append(Problem("read_only_field", node.id,
                                        Text("«{path}» es «{name}» en {kind}, que el CRM calcula y nadie puede "
                                             "escribir: elija otro campo",
                                             "«{path}» is {kind}'s «{name}», which the CRM computes and nobody may "
                                             "write: choose another field").format(path=path, name=name, kind=kind),
                                        "values"))
    return problems
