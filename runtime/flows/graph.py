"""Graph questions about a flow's nodes and edges: reachability and cycles.

Pure functions over node ids and (source, target) pairs; iterative, so a chain of
thousands of nodes does not hit Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Iterable


def reachable(starts: Iterable[str], edges: Iterable[tuple[str, str]]) -> set[str]:
    """Every node reachable from `starts` (the starts included)."""
    succ: dict[str, list[str]] = {}
    for a, b in edges:
        succ.setdefault(a, []).append(b)
    seen = set(starts)
    stack = list(seen)
    while stack:
        for nxt in succ.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def cycles(nodes: list[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The strongly connected components that hold a cycle (size > 1, or a self-loop).

    Each component is listed in the order of `nodes`; components are ordered by
    their first node's position in `nodes`.
    """
    order = {n: i for i, n in enumerate(nodes)}
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    self_loops: set[str] = set()
    for a, b in edges:
        if a in succ and b in succ:
            succ[a].append(b)
            if a == b:
                self_loops.add(a)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ[nxt])))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    comp.append(member)
                    if member == node:
                        break
                if len(comp) > 1 or node in self_loops:
                    found.append(sorted(comp, key=order.__getitem__))
    found.sort(key=lambda comp: order[comp[0]])
    return found
