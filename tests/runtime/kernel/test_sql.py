"""The hot path's SQL helpers: named claim rows, and a JSON encoder that writes what the store writes."""

from __future__ import annotations

import datetime
import enum
import math

import pytest

from runtime.kernel import sql
from runtime.store.types import dumps as store_dumps


class _Kind(enum.StrEnum):
    DONE = "done"


VALUES = [
    {}, [], "", "plain", "Ñandú «ok» \u2028 \x00 \"quoted\" \\", 0, -1, 2**70, 1.5, 1e16, 1e-7, -0.0, math.pi,
    True, False, None, [1, "a", None, [2.5, {"k": []}]],
    {"branch": "yes", "why": {"match": "all", "result": True, "rules": [
        {"field": "contact.city", "op": "equals", "expected": "Madrid", "actual": "Madrid", "result": True}]}},
    {"tag": [None, "café"]}, {1: "int key", 2.5: "float key", None: "null key", False: "bool key"},
    {"when": datetime.datetime(2026, 1, 2, 3, 4, 5)}, {"frozen": frozenset({1})},
    {"status": _Kind.DONE}, _Kind.DONE, ("tuple", 1),
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_the_hot_path_writes_the_same_json_text_as_the_store(value):
    assert sql.dumps(value) == store_dumps(value)


def test_values_json_cannot_hold_are_written_as_text_like_the_store_does():
    value = {"at": datetime.date(2026, 5, 1), "raw": b"x"}
    assert sql.dumps(value) == store_dumps(value) == '{"at":"2026-05-01","raw":"b\'x\'"}'


def test_a_claim_row_names_the_columns_of_the_claim_query():
    selected = sql.CLAIM.split("SELECT ", 1)[1].split(" FROM ", 1)[0]
    columns = [c.strip().split(".", 1)[1] for c in selected.split(",")]
    names = {"flow_version_id": "version_id"}  # enrollments.flow_version_id, read as the row's version
    assert [names.get(c, c) for c in columns] == list(sql.Claimed._fields)
