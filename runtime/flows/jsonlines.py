"""JSON parsing that remembers the line of every object and array.

`parse(text)` returns the value and a `LineMap` from JSON paths (tuples of keys and
indices) to the line where that object or array starts, so later checks can say
"line 12". It refuses duplicate keys and NaN/Infinity, which `json` would accept, and
objects/arrays nested more than MAX_DEPTH deep (a flow needs about ten levels; deeper
nesting would exhaust Python's recursion further on), naming the line where it happens.
Values come from `json.loads`; lines from a scan of the text's brackets, keys and commas
(`_lines`), so only `json`'s public API is used.
"""

from __future__ import annotations

import json
import re
from typing import Any

Path = tuple[str | int, ...]
MAX_DEPTH = 64  # objects and arrays inside one another, the outermost counting as 1
TOO_DEEP = f"objects and lists nested more than {MAX_DEPTH} levels deep"
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}\n]')  # strings, brackets, newlines


class JsonSyntaxError(ValueError):
    """Text that is not the JSON we accept; `line` is 1-based; `code` "too_deep" or "bad_json"."""

    def __init__(self, message: str, line: int | None, code: str = "bad_json") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.code = code


def too_deep(value: Any, limit: int = MAX_DEPTH) -> Path | None:
    """The path of the first object or array nested deeper than `limit`, or None."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 1
    while level:  # level by level, depths only: a walk building every path doubled a load's cost
        if depth > limit:
            return _path_below(value, limit)
        deeper = []
        for item in level:
            for v in item.values() if isinstance(item, dict) else item:
                if isinstance(v, dict | list):
                    deeper.append(v)
        level, depth = deeper, depth + 1
    return None


def _path_below(value: Any, limit: int) -> Path:
    """The path of a container at depth limit + 1 (called once a deeper one is known to exist)."""
    stack: list[tuple[Any, Path]] = [(value, ())]
    while True:
        item, path = stack.pop()
        if len(path) >= limit:
            return path
        pairs = item.items() if isinstance(item, dict) else enumerate(item)
        stack.extend((v, (*path, k)) for k, v in pairs if isinstance(v, dict | list))


def _deep_line(text: str, limit: int = MAX_DEPTH) -> int | None:
    """The line where an object or array first opens deeper than `limit` (a text scan, no recursion)."""
    depth, line = 0, 1
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > limit:
                return line
        elif token in "]}":
            depth -= 1
    return None


def _refuse_deep(value: Any, text: str) -> None:
    if too_deep(value) is not None:
        raise JsonSyntaxError(TOO_DEEP, _deep_line(text), "too_deep")


class LineMap:
    """Lines of objects/arrays by path; `line(path)` falls back to the nearest parent."""

    def __init__(self, lines: dict[Path, int] | None = None) -> None:
        self._lines = lines or {}

    def line(self, path: Path) -> int | None:
        path = tuple(path)
        while True:
            if path in self._lines:
                return self._lines[path]
            if not path:
                return None
            path = path[:-1]

    def moved(self, old: Path, new: Path) -> LineMap:
        """A copy where paths under `old` now live under `new` (after a migration)."""
        n = len(old)
        return LineMap({
            (new + p[n:] if p[:n] == old else p): line for p, line in self._lines.items()
        })


class LazyLineMap(LineMap):
    """A `LineMap` of `text` that parses for lines only when a line is first asked for.

    Well-formed files never need line numbers, so they load at the speed of the C
    parser; the slower line-recording parse runs only to report a problem.
    """

    def __init__(self, text: str, moves: tuple[tuple[Path, Path], ...] = ()) -> None:
        super().__init__()
        self._text = text
        self._moves = moves
        self._ready = False

    def line(self, path: Path) -> int | None:
        if not self._ready:
            try:
                lines = parse(self._text)[1]
            except JsonSyntaxError:
                lines = LineMap()
            for old, new in self._moves:
                lines = lines.moved(old, new)
            self._lines, self._ready = lines._lines, True
        return super().line(path)

    def moved(self, old: Path, new: Path) -> LineMap:
        return LazyLineMap(self._text, (*self._moves, (old, new)))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise JsonSyntaxError("duplicate key", None)
    return result


def _refuse_constant(name: str) -> Any:
    raise JsonSyntaxError(f"{name} is not allowed in a flow file", None)


def _loads(text: str) -> Any:
    """`json.loads` refusing duplicate keys (line unknown: None) and NaN/Infinity."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)


def parse_fast(text: str) -> tuple[Any, LineMap]:
    """Like `parse`, at the C parser's speed; lines are computed only if asked for."""
    try:
        value = _loads(text)
    except (json.JSONDecodeError, JsonSyntaxError, RecursionError):
        return parse(text)  # raises the same error, with its line
    _refuse_deep(value, text)
    return value, LazyLineMap(text)


def parse(text: str) -> tuple[Any, LineMap]:
    """Parse JSON `text`; return the value and the lines of its objects and arrays.

    Raises:
        JsonSyntaxError: broken JSON, a duplicate key, NaN/Infinity or nesting deeper
            than MAX_DEPTH, with the line.
    """
    try:
        value = _loads(text)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(exc.msg, exc.lineno) from None
    except RecursionError:
        raise JsonSyntaxError(TOO_DEEP, _deep_line(text), "too_deep") from None
    except JsonSyntaxError as exc:
        if exc.message == "duplicate key":
            _lines(text)  # raises it again, naming the key and its object's line
        raise
    _refuse_deep(value, text)
    return value, LineMap(_lines(text))


# A key (a string and its colon), any other string (skipped: it may hold brackets), a bracket,
# a comma or a newline.
_STRUCTURE = re.compile(r'("(?:[^"\\\n]|\\.)*")(\s*:)?|[\[\]{},\n]')


def _lines(text: str) -> dict[Path, int]:
    """The line where each object and array of `text` opens, by path (a scan of its tokens).

    `text` is JSON that `json` parsed up to where this raises: at the first closing
    object that repeats a key (the object `json` reported), with that object's line.
    Public `json` API only: no scanner internals.
    """
    lines: dict[Path, int] = {}
    stack: list[_Frame] = []
    top: _Frame | None = None
    path: Path = ()
    line = 1
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            colon = match.group(2)
            if colon is not None and top is not None:
                top.key(json.loads(match.group(1)))
                line += colon.count("\n")
        elif first == "\n":
            line += 1
        elif first == ",":
            if top is not None and not top.is_object:
                top.index += 1
        elif first in "{[":
            where = path if top is None else (*path, top.name if top.is_object else top.index)
            lines[where] = line
            top = _Frame(first == "{", line)
            stack.append(top)
            path = where
        else:  # } or ]
            closed = stack.pop()
            if closed.repeated is not None:
                raise JsonSyntaxError(f"duplicate key {closed.repeated!r}", closed.line)
            top = stack[-1] if stack else None
            path = path[:-1]
    return lines


class _Frame:
    """An open object or array while scanning: its line, current key or index, a repeated key."""

    __slots__ = ("index", "is_object", "keys", "line", "name", "repeated")

    def __init__(self, is_object: bool, line: int) -> None:
        self.is_object = is_object
        self.line = line
        self.index = 0
        self.name = ""
        self.keys: set[str] = set()
        self.repeated: str | None = None

    def key(self, name: str) -> None:
        if name in self.keys and self.repeated is None:
            self.repeated = name
        self.keys.add(name)
        self.name = name
