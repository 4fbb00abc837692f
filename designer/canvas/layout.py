"""Layered auto-layout, top-down (default) or left to right (pure Python, no Qt, no recursion).

Longest-path layering from the roots (triggers, then nodes nothing points at):
back edges found by an iterative depth-first search are ignored, so cycles and
diamonds are fine. Each layer is one row (top-down; one column left to right) as
tall as its tallest node, so layers never overlap. Inside a layer each node goes
under the mean of its parents (branches of a decision side by side below it, in
the order of its outputs), then overlaps are pushed apart and the layer is
re-centred on where its nodes wanted to be. O(n log n) per layer.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence

H_GAP = 90.0
V_GAP = 36.0
DOWN_GAP = 54.0  # between layers top-down: room for a connection and its "+"


def _forward_edges(
    ids: Sequence[str], edges: Iterable[tuple[str, str]], roots: Sequence[str]
) -> dict[str, list[str]]:
    """Children lists without the back edges of an iterative DFS (makes a DAG)."""
    children: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        if a != b:
            children[a].append(b)
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    dag: dict[str, list[str]] = defaultdict(list)
    has_parent = {b for a, b in ((a, b) for a in children for b in children[a])}
    starts = [*roots, *(n for n in ids if n not in has_parent), *ids]
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(children.get(start, ())))]
        while stack:
            node, it = stack[-1]
            child = next(it, None)
            if child is None:
                state[node] = 2
                stack.pop()
                continue
            if state.get(child) == 1:
                continue  # back edge: part of a cycle
            dag[node].append(child)
            if child not in state:
                state[child] = 1
                stack.append((child, iter(children.get(child, ()))))
    return dag


def layers(
    ids: Sequence[str], edges: Iterable[tuple[str, str]], roots: Sequence[str] = ()
) -> dict[str, int]:
    """The column of every node: its longest distance from a root along forward edges."""
    dag = _forward_edges(ids, list(edges), roots)
    indegree = {n: 0 for n in ids}
    for a in dag:
        for b in dag[a]:
            indegree[b] = indegree.get(b, 0) + 1
    layer = {n: 0 for n in ids}
    queue = deque(n for n in ids if indegree[n] == 0)
    while queue:
        node = queue.popleft()
        for child in dag.get(node, ()):
            layer[child] = max(layer[child], layer[node] + 1)
            indegree[child] -= 1
            if indegree[child] == 0:
                queue.append(child)
    return layer


def layout(
    ids: Sequence[str],
    edges: Sequence[tuple[str, str]],
    sizes: dict[str, tuple[float, float]],
    roots: Sequence[str] = (),
    origin: tuple[float, float] = (0.0, 0.0),
    down: bool = True,
    port_rank: dict[tuple[str, str], int] | None = None,
) -> dict[str, tuple[float, float]]:
    """Top-left positions for every node id, layers top-down (`down`) or left to right.

    Args:
        ids: node ids in document order (the tie-breaker, so results are stable).
        edges: (source id, target id) pairs; duplicates and self-loops are fine.
        sizes: (width, height) of every node.
        roots: nodes to start from (triggers); others without parents follow.
        origin: where the first layer's top-left goes.
        down: True = top-down, False = left to right.
        port_rank: (source, target) -> index of the source's output port, so a decision's
            "yes" branch goes left of (above, left to right) its "no" branch.
    """
    layer = layers(ids, edges, roots)
    by_layer: dict[int, list[str]] = defaultdict(list)
    for n in ids:
        by_layer[layer[n]].append(n)
    parents: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        if a != b and layer.get(a, 0) < layer.get(b, 0):
            parents[b].append(a)
    order = {n: i for i, n in enumerate(ids)}
    ranks = port_rank or {}

    def across(n: str) -> float:  # extent along a layer
        w, h = sizes.get(n, (200.0, 80.0))
        return w if down else h

    def along(n: str) -> float:  # extent from layer to layer
        w, h = sizes.get(n, (200.0, 80.0))
        return h if down else w

    gap_across, gap_along = (H_GAP / 2, DOWN_GAP) if down else (V_GAP, H_GAP)
    center: dict[str, float] = {}  # centre of each node across its layer
    pos: dict[str, tuple[float, float]] = {}
    at = 0.0
    for index in sorted(by_layer):
        members = by_layer[index]
        wanted = {n: (sum(center[p] for p in parents[n]) / len(parents[n]) if parents[n] else None)
                  for n in members}
        members.sort(key=lambda n: (wanted[n] is None, wanted[n] or 0.0,
                                    min((ranks.get((p, n), 0) for p in parents[n]), default=0), order[n]))
        _place(members, wanted, across, gap_across, center)
        thickness = max(along(n) for n in members)
        for n in members:
            lo = center[n] - across(n) / 2
            pos[n] = (origin[0] + lo, origin[1] + at) if down else (origin[0] + at, origin[1] + lo)
        at += thickness + gap_along
    return pos


def _place(members: list[str], wanted: dict[str, float | None], across, gap: float,
           center: dict[str, float]) -> None:
    """Centres along one layer: each at its wanted place, pushed apart, re-centred."""
    free = [n for n in members if wanted[n] is None]
    want = {n: wanted[n] for n in members if wanted[n] is not None}
    if free:  # roots and orphans: side by side, after (right of / below) the others
        start = max((want[n] + across(n) / 2 for n in want), default=None)
        x = 0.0 if start is None else start + gap
        if start is None:  # a layer of roots only: centred on 0
            x = -(sum(across(n) for n in free) + gap * (len(free) - 1)) / 2
        for n in free:
            want[n] = x + across(n) / 2
            x += across(n) + gap
    edge = float("-inf")
    for n in members:
        c = max(want[n], edge + across(n) / 2)
        center[n] = c
        edge = c + across(n) / 2 + gap
    if len(members) > 1:
        shift = sum(want[n] - center[n] for n in members) / len(members)
        for n in members:
            center[n] += shift
