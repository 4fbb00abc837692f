"""Pipedrive persons and deals <-> Caudal's record dicts (see runtime/crm/base.py)."""

from __future__ import annotations

from typing import Any

from runtime.crm.times import iso_z, parse_time

rfc3339 = iso_z


def _primary(items: Any) -> str:
    if not isinstance(items, list) or not items:
        return ""
    best = next((i for i in items if isinstance(i, dict) and i.get("primary")), items[0])
    return str(best.get("value") or "") if isinstance(best, dict) else str(best)


def to_contact(item: dict[str, Any], labels: dict[int, str]) -> dict[str, Any]:
    name = str(item.get("name") or "")
    first = item.get("first_name")
    last = item.get("last_name")
    if first is None and last is None:
        first, _, last = name.partition(" ")
    return {
        "id": str(item["id"]),
        "email": _primary(item.get("emails")).lower(),
        "phone": _primary(item.get("phones")),
        "first_name": str(first or ""),
        "last_name": str(last or ""),
        "company": str(item.get("org_name") or ""),
        "owner_id": str(item.get("owner_id") or ""),
        "lifecycle_stage": "",
        "source": "",
        "created_at": parse_time(item.get("add_time")),
        "updated_at": parse_time(item.get("update_time")),
        "tags": sorted(labels.get(int(i), str(i)) for i in item.get("label_ids") or []),
        "custom": {k: v for k, v in (item.get("custom_fields") or {}).items() if v not in (None, "", [])},
    }


def to_deal(item: dict[str, Any], pipelines: list[dict[str, Any]]) -> dict[str, Any]:
    pipe = next((p for p in pipelines if p["id"] == str(item.get("pipeline_id"))), None)
    stage = next((s for s in (pipe or {}).get("stages", []) if s["id"] == str(item.get("stage_id"))), None)
    value = item.get("value")
    return {
        "id": str(item["id"]),
        "title": item.get("title") or "",
        "contact_id": str(item["person_id"]) if item.get("person_id") else None,
        "pipeline": pipe["name"] if pipe else str(item.get("pipeline_id") or ""),
        "pipeline_id": str(item.get("pipeline_id") or ""),
        "stage": stage["name"] if stage else str(item.get("stage_id") or ""),
        "status": str(item.get("status") or "open"),  # won or lost: closed whatever its stage
        "stage_id": str(item.get("stage_id") or ""),
        "amount": float(value) if value not in (None, "") else None,
        "owner_id": str(item.get("owner_id") or ""),
        "close_date": (item.get("expected_close_date") or "")[:10] or None,
        "updated_at": parse_time(item.get("update_time")),
        "custom": {},
    }
