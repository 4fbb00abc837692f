"""The catalog: every node type, looked up by id or by an old alias."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from runtime.catalog.types import NodeKind, NodeType


class Catalog:
    """An immutable set of node types with alias-aware lookup."""

    def __init__(self, types: Iterable[NodeType]) -> None:
        self._types: dict[str, NodeType] = {}
        self._aliases: dict[str, str] = {}
        for t in types:
            if t.id in self._types:
                raise ValueError(f"duplicate node type id {t.id!r}")
            self._types[t.id] = t
            for alias in t.aliases:
                if alias in self._aliases:
                    raise ValueError(f"alias {alias!r} of {t.id!r} is already an alias of "
                                     f"{self._aliases[alias]!r}")
                self._aliases[alias] = t.id
        clashes = sorted(set(self._aliases) & set(self._types))
        if clashes:
            raise ValueError(f"alias {clashes[0]!r} is also a node type id")

    def get(self, type_id: str) -> NodeType | None:
        """The node type for `type_id` (or one of its aliases), or None."""
        return self._types.get(type_id) or self._types.get(self._aliases.get(type_id, ""))

    def resolve(self, type_id: str) -> str | None:
        """The current id for `type_id` (itself, or the id an alias points to), or None."""
        if type_id in self._types:
            return type_id
        return self._aliases.get(type_id)

    def __iter__(self) -> Iterator[NodeType]:
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def of_kind(self, kind: NodeKind) -> list[NodeType]:
        return [t for t in self if t.kind == kind]
