"""Clientify records <-> Caudal's record dicts (see runtime/crm/base.py)."""

from __future__ import annotations

from typing import Any

from runtime.crm.times import iso_z, parse_time

# Caudal field -> Clientify contact field written with PUT /contacts/{id}/.
CONTACT_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "company": "company_name",
    "lifecycle_stage": "status",
    "source": "contact_source",
}
iso = iso_z


def url_id(value: Any) -> str:
    """The id at the end of a Clientify record URL (".../contacts/12/" -> "12"); ids pass through."""
    text = str(value or "").rstrip("/")
    return text.rsplit("/", 1)[-1] if text else ""


def _first(items: Any, key: str) -> str:
    if isinstance(items, list) and items:
        first = items[0]
        return str(first.get(key) or "") if isinstance(first, dict) else str(first)
    return ""


def tag_names(value: Any) -> list[str]:
    out = []
    for tag in value or []:
        name = tag.get("name") if isinstance(tag, dict) else tag
        if name:
            out.append(str(name))
    return sorted(out)


def to_contact(item: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"id": str(item["id"]),
                              "email": (item.get("email") or _first(item.get("emails"), "email")).lower(),
                              "phone": item.get("phone") or _first(item.get("phones"), "phone")}
    for ours, theirs in CONTACT_FIELDS.items():
        record[ours] = str(item.get(theirs) or "")
    record["owner_id"] = str(item.get("owner") or "")
    record["created_at"] = parse_time(item.get("created"))
    record["updated_at"] = parse_time(item.get("modified"))
    record["tags"] = tag_names(item.get("tags"))
    record["custom"] = {str(cf.get("field")): cf.get("value") for cf in item.get("custom_fields") or []
                        if isinstance(cf, dict) and cf.get("field") and cf.get("value") not in (None, "")}
    return record


def to_deal(item: dict[str, Any], pipelines: list[dict[str, Any]]) -> dict[str, Any]:
    stage_id = url_id(item.get("pipeline_stage"))
    pipe = next((p for p in pipelines if any(s["id"] == stage_id for s in p["stages"])), None)
    stage = next((s for s in (pipe or {}).get("stages", []) if s["id"] == stage_id), None)
    amount = item.get("amount")
    return {
        "id": str(item["id"]),
        "title": item.get("name") or "",
        "contact_id": url_id(item.get("contact")) or None,
        "pipeline": pipe["name"] if pipe else str(item.get("pipeline_desc") or ""),
        "pipeline_id": pipe["id"] if pipe else url_id(item.get("pipeline")),
        "stage": stage["name"] if stage else str(item.get("pipeline_stage_desc") or stage_id),
        "stage_id": stage_id,
        "amount": float(amount) if amount not in (None, "") else None,
        "owner_id": str(item.get("owner") or ""),
        "close_date": (item.get("expected_closed_date") or "")[:10] or None,
        "updated_at": parse_time(item.get("modified")),
        "custom": {},
    }
