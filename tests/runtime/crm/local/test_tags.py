"""Tags: add/remove are idempotent, write events only when something changed, counted."""

from __future__ import annotations

import pytest

from runtime.crm.local import InvalidInput, LocalCrm
from tests.runtime.crm.local.local_support import events


def test_tag_untag_and_counts(crm: LocalCrm) -> None:
    a = crm.create_contact({"email": "a@x.es"})
    b = crm.create_contact({"email": "b@x.es"})
    assert crm.add_tag(a, "vip", "cli") is True
    assert crm.add_tag(a, "vip", "cli") is False
    assert crm.add_tag("b@x.es", "vip", "cli") is True
    assert crm.add_tag(b, "boletín", "cli") is True
    assert crm.list_tags() == [{"name": "boletín", "count": 1}, {"name": "vip", "count": 2}]
    assert crm.remove_tag(a, "vip", "cli") is True
    assert crm.remove_tag(a, "vip", "cli") is False
    assert crm.remove_tag(a, "never-existed", "cli") is False
    kinds = [(e["kind"], e["changes"]) for e in events(crm.db, "contact") if e["kind"] != "created"]
    assert kinds == [
        ("tag_added", {"tag": [None, "vip"]}),
        ("tag_added", {"tag": [None, "vip"]}),
        ("tag_added", {"tag": [None, "boletín"]}),
        ("tag_removed", {"tag": ["vip", None]}),
    ]
    assert crm.get_contact(b)["tags"] == ["boletín", "vip"]
    with pytest.raises(InvalidInput, match="empty tag"):
        crm.add_tag(a, "  ", "cli")
