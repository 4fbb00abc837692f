"""Fuzzing the flow file reader: a clear `FlowFileError` or a correct flow, never another exception.

Inputs: any text; any JSON; and the example flow with one value replaced, removed or
nested deep, its strings holding lone surrogates, NUL, BOMs and merge-field syntax.
A file that loads must validate without raising, write back to the same text, and
store in (and read back from) a real SQLite database unchanged. Derandomized
(tests/runtime/fuzzing.py), so CI runs the same cases every time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.flows import repository
from runtime.flows.errors import FlowFileError
from runtime.flows.fileformat import dumps, loads, to_document
from runtime.flows.validate import validate
from runtime.store.db import Database, open_database
from tests.runtime.fuzzing import fuzz

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"
DOC = json.loads(EXAMPLE.read_text(encoding="utf-8"))

SPECIAL = ["\ud800", "\udc80", "\udfff", "\x00", "\ufeff", "\u2028", "🎉", "\ud83c\udf89", "ñ", '"', "\\", "\n",
           "{{ contact.first_name }}", "{%", "}}"]
TEXTS = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(SPECIAL)), max_size=4).map("".join)
SCALARS = (st.none() | st.booleans() | st.integers(-10**20, 10**20)
           | st.floats(allow_nan=False, allow_infinity=False) | TEXTS)
JSON = st.recursive(SCALARS, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(TEXTS, kids, max_size=3),
                    max_leaves=12)


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


PATHS = [p for p in _paths(DOC) if p]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    doc = copy.deepcopy(DOC)
    path = draw(st.sampled_from(PATHS))
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    action = draw(st.sampled_from(["replace", "replace", "remove", "nest", "text"]))
    if action == "remove" and isinstance(parent, dict):
        del parent[key]
    elif action == "nest":
        depth = draw(st.sampled_from([10, 60, 70, 900, 2000]))
        value: Any = parent[key]
        for _ in range(depth):
            value = [value]
        parent[key] = value
    elif action == "text":
        parent[key] = draw(TEXTS)
    else:
        parent[key] = draw(JSON)
    if isinstance(parent, dict) and draw(st.booleans()):  # a bad key as well
        parent[draw(TEXTS)] = draw(SCALARS)
    try:
        return json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    except RecursionError:  # json.dumps itself cannot write it: write the nesting by hand
        return '{"format": "caudal.flow", "schema_version": 1, "flow": ' + "[" * depth + "]" * depth + "}"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("fuzz") / "flows.db"))
    yield database
    database.dispose()


def check(text: str, db: Database | None = None) -> None:
    """The property: FlowFileError with a printable message, or a flow that survives writing and storing."""
    try:
        flow = loads(text, "fuzz.caudal.json")
    except FlowFileError as exc:
        assert exc.issues and str(exc).startswith("fuzz.caudal.json")
        exc.text("es").encode("utf-8")  # printable: no lone surrogate in any message
        str(exc).encode("utf-8")
        return
    validate(flow)
    written = dumps(flow)
    assert dumps(loads(written)) == written
    lenient = loads(text, strict=False)
    validate(lenient)
    if db is not None:
        with db.begin() as conn:
            stored = repository.import_flow(conn, flow).flow
            assert to_document(repository.get(conn, stored.id)) == to_document(stored)


@fuzz(120)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    check(text)


@fuzz(120)
@given(JSON)
def test_any_json(value: Any) -> None:
    check(json.dumps(value))
    check(json.dumps({"format": "caudal.flow", "schema_version": 1, "flow": value}))


@fuzz(120)
@given(mutated())
def test_the_example_with_one_value_changed(db: Database, text: str) -> None:
    check(text, db)
