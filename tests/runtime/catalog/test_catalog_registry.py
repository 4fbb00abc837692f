"""Catalog lookup by id and alias, and its refusal of ambiguous catalogs (catalog/registry.py)."""

from __future__ import annotations

import pytest

from runtime.catalog.registry import Catalog
from runtime.catalog.types import NodeKind, NodeType, Text


def node(id: str, *aliases: str, kind: NodeKind = NodeKind.ACTION) -> NodeType:
    return NodeType(
        id=id,
        version=1,
        kind=kind,
        title=Text(id, id),
        description=Text("", ""),
        icon="x",
        fields=(),
        aliases=aliases,
    )


def test_lookup_by_id_and_alias() -> None:
    catalog = Catalog([node("action.a", "action.old_a"), node("wait.w", kind=NodeKind.WAIT)])
    assert catalog.get("action.a").id == "action.a"
    assert catalog.get("action.old_a").id == "action.a"
    assert catalog.get("action.zzz") is None
    assert catalog.resolve("action.old_a") == "action.a"
    assert catalog.resolve("wait.w") == "wait.w"
    assert catalog.resolve("nope") is None
    assert [t.id for t in catalog.of_kind(NodeKind.WAIT)] == ["wait.w"]
    assert len(catalog) == 2


@pytest.mark.parametrize(
    ("types", "message"),
    [
        ([node("action.a"), node("action.a")], "duplicate node type id"),
        ([node("action.a", "x"), node("action.b", "x")], "already an alias"),
        ([node("action.a", "action.b"), node("action.b")], "is also a node type id"),
    ],
)
def test_ambiguous_catalogs_are_refused(types: list, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Catalog(types)
