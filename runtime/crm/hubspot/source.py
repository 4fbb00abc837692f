"""HubSpot as a polling `Source`: contacts by lastmodifieddate, deals by hs_lastmodifieddate.

A deal's record carries its contact (v4 associations read in batches of 100), so a
"deal moved to stage" trigger knows whom to enroll.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from runtime.crm.hubspot import mapping as m
from runtime.crm.hubspot.changes import changed_between
from runtime.crm.hubspot.ops import HubSpotOps
from runtime.crm.polling import DEAL_FIELDS, Record, flat_contact


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
            return
        pipelines = self.ops.list_pipelines()
        found = changed_between(self.ops.api, "deals", start, end, list(m.DEAL_PROPS))
        while chunk := list(islice(found, 100)):
            contacts = self.ops.deal_contacts([ch.id for ch in chunk])
            for ch in chunk:
                deal = m.to_deal({"id": ch.id, "properties": ch.properties}, pipelines)
                deal["contact_id"] = contacts.get(ch.id)
                yield Record(ch.id, ch.modified, ch.created, {k: deal[k] for k in DEAL_FIELDS})
