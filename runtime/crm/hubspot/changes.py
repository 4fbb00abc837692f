"""Records changed in a time window, via CRM search sorted by modification time.

HubSpot's search stops at 10,000 results per query (paging further answers HTTP 400), so
a window whose `total` nears the cap is split in two halves, recursively, until each
half fits. A bulk import can give more than 10,000 records one identical modification
millisecond: such a millisecond is read by `hs_object_id` instead (sorted, `GT` the last id
seen, one query per 10,000), so none is skipped. Windows are read oldest first, so the
caller's cursor only moves forward.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from runtime.crm.hubspot.api import HubSpotApi
from runtime.crm.hubspot.mapping import parse_time

SEARCH_CAP = 10_000
SPLIT_AT = 9_900  # split a window before it can reach the cap
PAGE = 100
MODIFIED = {"contacts": "lastmodifieddate", "deals": "hs_lastmodifieddate"}
ID = "hs_object_id"


@dataclass(frozen=True)
class Changed:
    """One changed record as the search returned it."""

    id: str
    modified: float  # epoch seconds
    created: float | None
    properties: dict[str, Any]


def _body(prop: str, start_ms: int, end_ms: int, properties: list[str], after: str | None,
          after_id: int | None = None) -> dict[str, Any]:
    filters: list[dict[str, Any]] = [
        {"propertyName": prop, "operator": "GTE", "value": str(start_ms)},
        {"propertyName": prop, "operator": "LT", "value": str(end_ms)},
    ]
    if after_id is not None:
        filters.append({"propertyName": ID, "operator": "GT", "value": str(after_id)})
    body: dict[str, Any] = {
        "filterGroups": [{"filters": filters}],
        "sorts": [{"propertyName": ID if after_id is not None else prop, "direction": "ASCENDING"}],
        "properties": properties,
        "limit": PAGE,
    }
    if after:
        body["after"] = after
    return body


def changed_between(
    api: HubSpotApi, object_type: str, start: float, end: float, properties: list[str]
) -> Iterator[Changed]:
    """Records of `object_type` ("contacts"/"deals") modified in [start, end), oldest first."""
    prop = MODIFIED[object_type]
    props = sorted({*properties, prop, "createdate", ID})
    yield from _window(api, object_type, prop, int(start * 1000), int(end * 1000), props)


def _changed(obj: dict[str, Any], prop: str, start_ms: int) -> Changed:
    p = obj.get("properties") or {}
    modified = parse_time(p.get(prop) or obj.get("updatedAt")) or start_ms / 1000
    return Changed(str(obj["id"]), modified, parse_time(p.get("createdate") or obj.get("createdAt")), p)


def _window(api: HubSpotApi, object_type: str, prop: str, start_ms: int, end_ms: int,
            props: list[str]) -> Iterator[Changed]:
    if end_ms <= start_ms:
        return
    body = api.search(object_type, _body(prop, start_ms, end_ms, props, None))
    total = int(body.get("total") or 0)
    if total >= SPLIT_AT:
        if end_ms - start_ms > 1:
            middle = (start_ms + end_ms) // 2
            yield from _window(api, object_type, prop, start_ms, middle, props)
            yield from _window(api, object_type, prop, middle, end_ms, props)
        else:
            yield from _by_id(api, object_type, prop, start_ms, props)
        return
    yield from _pages(api, object_type, prop, start_ms, end_ms, props, body, None)


def _pages(api: HubSpotApi, object_type: str, prop: str, start_ms: int, end_ms: int, props: list[str],
           body: dict[str, Any], after_id: int | None) -> Iterator[Changed]:
    while True:
        for obj in body.get("results") or []:
            yield _changed(obj, prop, start_ms)
        after = ((body.get("paging") or {}).get("next") or {}).get("after")
        if not after or int(after) >= SEARCH_CAP:
            return
        body = api.search(object_type, _body(prop, start_ms, end_ms, props, after, after_id))


def _by_id(api: HubSpotApi, object_type: str, prop: str, ms: int, props: list[str]) -> Iterator[Changed]:
    """Every record modified in millisecond `ms`, by ascending id, 10,000 per query."""
    last_id = -1
    while True:
        body = api.search(object_type, _body(prop, ms, ms + 1, props, None, last_id))
        seen = 0
        for changed in _pages(api, object_type, prop, ms, ms + 1, props, body, last_id):
            seen += 1
            last_id = max(last_id, int(changed.properties.get(ID) or changed.id))
            yield changed
        if seen < SEARCH_CAP or int(body.get("total") or 0) <= seen:
            return
