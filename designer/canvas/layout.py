"""Left-to-right layered auto-layout (pure Python, no Qt, no recursion).

Longest-path layering from the roots (triggers, then nodes nothing points at):
back edges found by an iterative depth-first search are ignored, so cycles and
diamonds are fine. Each layer is one column as wide as its widest node, so
nodes never overlap; inside a column nodes are ordered by the mean row of
their parents to keep edges short.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence

H_GAP = 90.0
V_GAP = 36.0


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
) -> dict[str, tuple[float, float]]:
    """Top-left positions for every node id, columns left to right.

    Args:
        ids: node ids in document order (the tie-breaker, so results are stable).
        edges: (source id, target id) pairs; duplicates and self-loops are fine.
        sizes: (width, height) of every node.
        roots: nodes to start from (triggers); others without parents follow.
        origin: where the first column's top-left goes.
    """
    layer = layers(ids, edges, roots)
    columns: dict[int, list[str]] = defaultdict(list)
    for n in ids:
        columns[layer[n]].append(n)
    parents: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        if a != b and layer.get(a, 0) < layer.get(b, 0):
            parents[b].append(a)
    order = {n: i for i, n in enumerate(ids)}
    row: dict[str, float] = {}
    pos: dict[str, tuple[float, float]] = {}
    x = origin[0]
    for col in sorted(columns):
        members = columns[col]
        if col:
            members.sort(key=lambda n: (
                sum(row[p] for p in parents[n]) / len(parents[n]) if parents[n] else 1e9,
                order[n],
            ))
        y = origin[1]
        width = 0.0
        for i, n in enumerate(members):
            w, h = sizes.get(n, (200.0, 80.0))
            row[n] = i
            pos[n] = (x, y)
            y += h + V_GAP
            width = max(width, w)
        x += width + H_GAP
    return pos
