"""HubSpot objects <-> Caudal's record dicts (see runtime/crm/base.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

# Caudal field -> HubSpot contact property.
CONTACT_PROPS = {
    "email": "email",
    "first_name": "firstname",
    "last_name": "lastname",
    "phone": "phone",
    "company": "company",
    "owner_id": "hubspot_owner_id",
    "lifecycle_stage": "lifecyclestage",
    "source": "hs_analytics_source",
}
HS_TO_CONTACT = {v: k for k, v in CONTACT_PROPS.items()}
CONTACT_META = ("createdate", "lastmodifieddate")
DEAL_PROPS = ("dealname", "dealstage", "pipeline", "amount", "hubspot_owner_id", "closedate",
              "createdate", "hs_lastmodifieddate")
TASK_TO_CONTACT = 204  # HubSpot-defined association type ids
TASK_TO_DEAL = 216


def parse_time(value: Any) -> float | None:
    """HubSpot timestamps (ISO text or epoch ms) -> epoch seconds."""
    if value in (None, ""):
        return None
    text = str(value)
    if text.isdigit():
        return int(text) / 1000
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def split_tags(value: Any) -> list[str]:
    return [t for t in str(value or "").split(";") if t]


def to_contact(obj: dict[str, Any], tag_property: str = "") -> dict[str, Any]:
    props = obj.get("properties") or {}
    record: dict[str, Any] = {"id": str(obj["id"])}
    for ours, theirs in CONTACT_PROPS.items():
        record[ours] = props.get(theirs) or ""
    record["email"] = record["email"].lower()
    record["created_at"] = parse_time(props.get("createdate") or obj.get("createdAt"))
    record["updated_at"] = parse_time(props.get("lastmodifieddate") or obj.get("updatedAt"))
    record["tags"] = split_tags(props.get(tag_property)) if tag_property else []
    skip = set(HS_TO_CONTACT) | set(CONTACT_META) | {tag_property, "hs_object_id"}
    record["custom"] = {k: v for k, v in props.items() if k not in skip and v not in (None, "")}
    return record


def to_properties(values: dict[str, Any]) -> dict[str, str]:
    """Caudal field values (standard keys, `custom` dict or `custom.x` keys) -> properties."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if key == "custom" and isinstance(value, dict):
            out.update({k: "" if v is None else str(v) for k, v in value.items()})
            continue
        key = key.removeprefix("contact.").removeprefix("custom.")
        out[CONTACT_PROPS.get(key, key)] = "" if value is None else str(value)
    return out


def to_deal(obj: dict[str, Any], pipelines: list[dict[str, Any]]) -> dict[str, Any]:
    props = obj.get("properties") or {}
    pipe_id, stage_id = props.get("pipeline") or "", props.get("dealstage") or ""
    pipe = next((p for p in pipelines if p["id"] == pipe_id), None)
    stage = next((s for s in (pipe or {}).get("stages", []) if s["id"] == stage_id), None)
    contacts = ((obj.get("associations") or {}).get("contacts") or {}).get("results") or []
    amount = props.get("amount")
    return {
        "id": str(obj["id"]),
        "title": props.get("dealname") or "",
        "contact_id": str(contacts[0]["id"]) if contacts else None,
        "pipeline": pipe["name"] if pipe else pipe_id,
        "pipeline_id": pipe_id,
        "stage": stage["name"] if stage else stage_id,
        "stage_id": stage_id,
        "amount": float(amount) if amount not in (None, "") else None,
        "owner_id": props.get("hubspot_owner_id") or "",
        "close_date": (props.get("closedate") or "")[:10] or None,
        "custom": {},
    }


def iso_ms(ts: float) -> str:
    """Epoch seconds -> the epoch-milliseconds text HubSpot filters take."""
    return str(int(ts * 1000))
