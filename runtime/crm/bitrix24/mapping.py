"""Bitrix24 records <-> Caudal's record dicts (see runtime/crm/base.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

CONTACT_FIELDS = {
    "first_name": "NAME",
    "last_name": "LAST_NAME",
    "company": "COMPANY_TITLE",
    "owner_id": "ASSIGNED_BY_ID",
    "lifecycle_stage": "TYPE_ID",
    "source": "SOURCE_ID",
}
B24_TO_CONTACT = {v: k for k, v in CONTACT_FIELDS.items()}
CONTACT_SELECT = ["ID", "EMAIL", "PHONE", "DATE_CREATE", "DATE_MODIFY", *CONTACT_FIELDS.values(), "UF_*"]
DEAL_SELECT = ["ID", "TITLE", "STAGE_ID", "CATEGORY_ID", "CONTACT_ID", "OPPORTUNITY", "ASSIGNED_BY_ID",
               "CLOSEDATE", "DATE_CREATE", "DATE_MODIFY"]
OWNER_TYPE_CONTACT = 3
ENTITY_DEAL = 2  # entityTypeId / ownerTypeId of deals
PAGE = 50  # ids per crm.*.list filter (a list page)


def parse_time(value: Any) -> float | None:
    if not value:
        return None
    dt = datetime.fromisoformat(str(value))
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


def first_value(multi: Any) -> str:
    if isinstance(multi, list) and multi:
        return str(multi[0].get("VALUE") or "")
    return ""


def tag_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")]
    return [t.strip() for t in str(value or "").split(",") if t.strip()]


def to_contact(item: dict[str, Any], tag_field: str = "") -> dict[str, Any]:
    record: dict[str, Any] = {"id": str(item["ID"]), "email": first_value(item.get("EMAIL")).lower(),
                              "phone": first_value(item.get("PHONE"))}
    for ours, theirs in CONTACT_FIELDS.items():
        record[ours] = str(item.get(theirs) or "")
    record["created_at"] = parse_time(item.get("DATE_CREATE"))
    record["updated_at"] = parse_time(item.get("DATE_MODIFY"))
    record["tags"] = tag_list(item.get(tag_field)) if tag_field else []
    record["custom"] = {k: v for k, v in item.items()
                        if k.startswith("UF_") and k != tag_field and v not in (None, "", [], False)}
    return record


def to_fields(values: dict[str, Any], current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Caudal values -> crm.contact.update `fields` (EMAIL/PHONE as multi-fields)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "custom" and isinstance(value, dict):
            out.update(value)
            continue
        key = key.removeprefix("contact.").removeprefix("custom.")
        if key in ("email", "phone"):
            multi = (current or {}).get(key.upper()) or []
            entry: dict[str, Any] = {"VALUE": value or "", "VALUE_TYPE": "WORK"}
            if multi:
                entry["ID"] = multi[0].get("ID")
            out[key.upper()] = [entry]
        else:
            out[CONTACT_FIELDS.get(key, key)] = "" if value is None else value
    return out


def to_deal(item: dict[str, Any], pipelines: list[dict[str, Any]]) -> dict[str, Any]:
    cat, stage_id = str(item.get("CATEGORY_ID") or "0"), str(item.get("STAGE_ID") or "")
    pipe = next((p for p in pipelines if p["id"] == cat), None)
    stage = next((s for s in (pipe or {}).get("stages", []) if s["id"] == stage_id), None)
    amount = item.get("OPPORTUNITY")
    return {
        "id": str(item["ID"]),
        "title": item.get("TITLE") or "",
        "contact_id": str(item["CONTACT_ID"]) if item.get("CONTACT_ID") else None,
        "pipeline": pipe["name"] if pipe else cat,
        "pipeline_id": cat,
        "stage": stage["name"] if stage else stage_id,
        "stage_id": stage_id,
        "amount": float(amount) if amount not in (None, "") else None,
        "owner_id": str(item.get("ASSIGNED_BY_ID") or ""),
        "close_date": (item.get("CLOSEDATE") or "")[:10] or None,
        "custom": {},
    }
