"""Reachability and cycle finding, including long chains (no recursion limits)."""

from __future__ import annotations

from runtime.flows.graph import cycles, reachable


def test_reachable() -> None:
    assert reachable(["a"], [("a", "b"), ("b", "c"), ("x", "y")]) == {"a", "b", "c"}


def test_cycles_in_document_order() -> None:
    nodes = ["a", "b", "c", "d", "e", "f"]
    edges = [("a", "b"), ("b", "c"), ("c", "b"), ("d", "d"), ("e", "f"), ("f", "a")]
    assert cycles(nodes, edges) == [["b", "c"], ["d"]]


def test_no_cycle_in_a_diamond() -> None:
    assert cycles(["a", "b", "c", "d"], [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]) == []


def test_long_chain_and_long_loop() -> None:
    n = 20_000
    nodes = [f"n{i}" for i in range(n)]
    chain = [(nodes[i], nodes[i + 1]) for i in range(n - 1)]
    assert cycles(nodes, chain) == []
    assert len(reachable(["n0"], chain)) == n
    loop = cycles(nodes, [*chain, (nodes[-1], nodes[0])])
    assert len(loop) == 1 and len(loop[0]) == n and loop[0][0] == "n0"
