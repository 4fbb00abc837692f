"""JSON parsing that remembers the line of every object and array.

`parse(text)` returns the value and a `LineMap` from JSON paths (tuples of keys and
indices) to the line where that object or array starts, so later checks can say
"line 12". It refuses duplicate keys and NaN/Infinity, which `json` would accept, and
objects/arrays nested more than MAX_DEPTH deep (a flow needs about ten levels; deeper
nesting would exhaust Python's recursion further on), naming the line where it happens.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import JSONArray, JSONObject, scanstring
from json.scanner import py_make_scanner
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


def parse_fast(text: str) -> tuple[Any, LineMap]:
    """Like `parse`, at the C parser's speed; lines are computed only if asked for."""
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates,
                           parse_constant=_Context._refuse_constant)
    except (json.JSONDecodeError, JsonSyntaxError, RecursionError):
        return parse(text)  # raises the same error, with its line
    _refuse_deep(value, text)
    return value, LazyLineMap(text)


class _Context:
    """What `py_make_scanner` reads from a decoder, with position-recording hooks."""

    def __init__(self, text: str) -> None:
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self.lines_by_id: dict[int, int] = {}
        self._keep: list[Any] = []  # keeps objects alive so their ids stay unique
        self.strict = True
        self.parse_float = float
        self.parse_int = int
        self.parse_string = scanstring
        self.object_hook = None
        self.object_pairs_hook = list
        self.memo: dict[str, str] = {}
        self.parse_constant = self._refuse_constant
        self.parse_object = self._object
        self.parse_array = self._array
        self.scan_once = py_make_scanner(self)

    def line_at(self, index: int) -> int:
        return bisect.bisect_left(self._newlines, index) + 1

    @staticmethod
    def _refuse_constant(name: str) -> Any:
        raise JsonSyntaxError(f"{name} is not allowed in a flow file", None)

    def _record(self, value: Any, start: int) -> None:
        self.lines_by_id[id(value)] = self.line_at(start)
        self._keep.append(value)

    def _object(self, s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any,
                pairs_hook: Any, memo: Any = None) -> tuple[dict[str, Any], int]:
        start = s_and_end[1] - 1
        pairs, end = JSONObject(s_and_end, strict, scan_once, None, list, memo)
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise JsonSyntaxError(f"duplicate key {key!r}", self.line_at(start))
            result[key] = value
        self._record(result, start)
        return result, end

    def _array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[list[Any], int]:
        start = s_and_end[1] - 1
        values, end = JSONArray(s_and_end, scan_once)
        self._record(values, start)
        return values, end


def parse(text: str) -> tuple[Any, LineMap]:
    """Parse JSON `text`; return the value and the lines of its objects and arrays.

    Raises:
        JsonSyntaxError: broken JSON, a duplicate key, NaN/Infinity or nesting deeper
            than MAX_DEPTH, with the line.
    """
    ctx = _Context(text)
    decoder = json.JSONDecoder()
    decoder.scan_once = ctx.scan_once  # type: ignore[attr-defined]
    try:
        value = decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(exc.msg, exc.lineno) from None
    except RecursionError:
        raise JsonSyntaxError(TOO_DEEP, _deep_line(text), "too_deep") from None
    _refuse_deep(value, text)
    lines: dict[Path, int] = {}
    _walk(value, (), ctx.lines_by_id, lines)
    return value, LineMap(lines)


def _walk(value: Any, path: Path, by_id: dict[int, int], out: dict[Path, int]) -> None:
    stack: list[tuple[Any, Path]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            out[where] = by_id.get(id(item), 0)
            stack.extend((v, (*where, k)) for k, v in item.items())
        elif isinstance(item, list):
            out[where] = by_id.get(id(item), 0)
            stack.extend((v, (*where, i)) for i, v in enumerate(item))
