"""Bitrix24 as a polling `Source`: crm.contact.list / crm.deal.list filtered by >DATE_MODIFY."""

from __future__ import annotations

from collections.abc import Iterator

from runtime.crm.bitrix24 import mapping as m
from runtime.crm.bitrix24.ops import Bitrix24Ops
from runtime.crm.polling import DEAL_FIELDS, Record, flat_contact


class Bitrix24Source:
    entities = ("contact", "deal")

    def __init__(self, ops: Bitrix24Ops) -> None:
        self.ops = ops

    def changed(self, entity: str, start: float, end: float) -> Iterator[Record]:
        method, select = (("crm.contact.list", m.CONTACT_SELECT) if entity == "contact"
                          else ("crm.deal.list", m.DEAL_SELECT))
        params = {"filter": {">DATE_MODIFY": m.iso(start), "<=DATE_MODIFY": m.iso(end)},
                  "order": {"DATE_MODIFY": "ASC", "ID": "ASC"}, "select": select}
        pipelines = self.ops.list_pipelines() if entity == "deal" else []
        for item in self.ops.api.paged(method, params):
            modified = m.parse_time(item.get("DATE_MODIFY")) or start
            created = m.parse_time(item.get("DATE_CREATE"))
            if entity == "contact":
                fields = flat_contact(m.to_contact(item, self.ops.tag_field))
            else:
                deal = m.to_deal(item, pipelines)
                fields = {k: deal[k] for k in DEAL_FIELDS}
            yield Record(str(item["ID"]), modified, created, fields)
