"""HubSpot as a polling `Source`: contacts by lastmodifieddate, deals by hs_lastmodifieddate."""

from __future__ import annotations

from collections.abc import Iterator

from runtime.crm.hubspot import mapping as m
from runtime.crm.hubspot.changes import changed_between
from runtime.crm.hubspot.ops import HubSpotOps
from runtime.crm.polling import Record, flat_contact


class HubSpotSource:
    entities = ("contact", "deal")

    def __init__(self, ops: HubSpotOps) -> None:
        self.ops = ops

    def changed(self, entity: str, start: float, end: float) -> Iterator[Record]:
        if entity == "contact":
            props = self.ops._contact_props()
            for ch in changed_between(self.ops.api, "contacts", start, end, props):
                contact = m.to_contact({"id": ch.id, "properties": ch.properties}, self.ops.tag_property)
                yield Record(ch.id, ch.modified, ch.created, flat_contact(contact))
        else:
            pipelines = self.ops.list_pipelines()
            for ch in changed_between(self.ops.api, "deals", start, end, list(m.DEAL_PROPS)):
                deal = m.to_deal({"id": ch.id, "properties": ch.properties}, pipelines)
                fields = {k: deal[k] for k in ("title", "pipeline", "stage", "amount", "owner_id", "close_date")}
                yield Record(ch.id, ch.modified, ch.created, fields)
