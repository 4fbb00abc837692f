"""Clientify as a polling `Source`: contacts and deals by `modified`, oldest first.

Clientify lists accept `modified[gte]` with `ordering=modified` (seen for deals in public
integrations; applied to contacts alike) and page with `page`/`page_size`; every record is also
checked against the window here, so a filter the server ignored cannot produce a wrong event.
"""

from __future__ import annotations

from collections.abc import Iterator

from runtime.crm.clientify import mapping as m
from runtime.crm.clientify.ops import ClientifyOps
from runtime.crm.polling import DEAL_FIELDS, Record, flat_contact


class ClientifySource:
    entities = ("contact", "deal")

    def __init__(self, ops: ClientifyOps) -> None:
        self.ops = ops

    def changed(self, entity: str, start: float, end: float) -> Iterator[Record]:
        path = "/contacts/" if entity == "contact" else "/deals/"
        pipelines = self.ops.list_pipelines() if entity == "deal" else []
        for item in self.ops.api.paged(path, **{"modified[gte]": m.iso(start), "ordering": "modified"}):
            modified = m.parse_time(item.get("modified"))
            if modified is None or not start <= modified < end:
                continue
            created = m.parse_time(item.get("created"))
            if entity == "contact":
                yield Record(str(item["id"]), modified, created, flat_contact(m.to_contact(item)))
            else:
                deal = m.to_deal(item, pipelines)
                yield Record(str(item["id"]), modified, created, {k: deal[k] for k in DEAL_FIELDS})
