"""Pipedrive as a polling `Source`: persons and deals by `updated_since`, sorted by update_time.

GET /api/v2/persons and /api/v2/deals take `updated_since` (RFC 3339, seconds), `sort_by=
update_time&sort_direction=asc` and cursor paging; each record is checked against the window.
"""

from __future__ import annotations

from collections.abc import Iterator

from runtime.crm.pipedrive import mapping as m
from runtime.crm.pipedrive.ops import V2, PipedriveOps
from runtime.crm.polling import DEAL_FIELDS, Record, flat_contact


class PipedriveSource:
    entities = ("contact", "deal")

    def __init__(self, ops: PipedriveOps) -> None:
        self.ops = ops

    def changed(self, entity: str, start: float, end: float) -> Iterator[Record]:
        path = f"{V2}/persons" if entity == "contact" else f"{V2}/deals"
        labels = self.ops._labels() if entity == "contact" else {}
        pipelines = self.ops.list_pipelines() if entity == "deal" else []
        for item in self.ops.api.paged(path, updated_since=m.rfc3339(start), sort_by="update_time",
                                       sort_direction="asc"):
            modified = m.parse_time(item.get("update_time"))
            if modified is None or not start <= modified < end:
                continue
            created = m.parse_time(item.get("add_time"))
            if entity == "contact":
                yield Record(str(item["id"]), modified, created, flat_contact(m.to_contact(item, labels)))
            else:
                deal = m.to_deal(item, pipelines)
                yield Record(str(item["id"]), modified, created, {k: deal[k] for k in DEAL_FIELDS})
