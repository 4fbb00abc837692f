"""Merge-field templates: `{{ contact.first_name | default("cliente") }}` in a sandbox.

A sandboxed, immutable Jinja2 environment renders text config (task titles, email
subjects and bodies, webhook bodies). Each template text is compiled once and cached.
CRM values are data: they are inserted as they are and never rendered as templates.
A missing field renders empty and its name is collected (`Rendered.missing`) so the
step detail can say so. `default` also replaces empty text and None (what a marketer
expects from "the first name, or 'cliente'"). HTML escaping on request
(`render(..., autoescape=True)`: email bodies).

Refused with a clear error (TemplateProblem), never rendered as empty: access to
internals (`{{ ''.__class__ }}`, `cycler.__init__.__globals__`), ranges over
MAX_RANGE items, string/list products and powers that would explode, `%`-formatting
and str.format, call arguments over MAX_OUTPUT, output over MAX_OUTPUT characters,
and templates with statements ({% for %}...) running longer than MAX_SECONDS.
"""

from __future__ import annotations

import sys
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import ChainableUndefined, TemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_RANGE = 10_000  # items in one range()
MAX_OUTPUT = 1_000_000  # characters of output, and the largest number a call may take
MAX_SECONDS = 2.0  # for templates with statements ({% for %}, {% if %}...)
_REFUSED_METHODS = frozenset({"format", "format_map"})


class TemplateProblem(ValueError):
    """A template that does not compile or render; the message names the text."""


class _Missing(ChainableUndefined):
    """An undefined value that renders empty and remembers its dotted name."""

    __slots__ = ()

    def _path(self) -> str:
        name = self._undefined_name or "?"
        obj = self._undefined_obj
        if isinstance(obj, _Missing):
            return f"{obj._path()}.{name}"
        owner = getattr(obj, "_caudal_name", None) if obj is not None else None
        return f"{owner}.{name}" if owner else str(name)

    def __str__(self) -> str:
        sink = _SINK.get()
        if sink is not None:
            sink.append(self._path())
        return ""


class _Named(dict):
    """A dict that knows its namespace name ("contact"), for missing-field messages."""

    __slots__ = ("_caudal_name",)

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        super().__init__(data)
        self._caudal_name = name


_SINK: ContextVar[list[str] | None] = ContextVar("caudal_template_missing", default=None)


def _default(value: Any, default_value: Any = "", boolean: bool = False) -> Any:
    if value is None or isinstance(value, ChainableUndefined) or (isinstance(value, str) and not value.strip()):
        return default_value
    if boolean and not value:
        return default_value
    return value


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, str | bytes | list | tuple) else None


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, made to refuse (not silently blank) what could escape or explode."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        raise SecurityError(f"access to {attribute!r} is not allowed in a template (internals are off limits)")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str | bytes):
            raise SecurityError("string formatting with % is not allowed in a template")
        if operator == "*":
            size, count = (_size(left), right) if _size(left) is not None else (_size(right), left)
            if size is not None and isinstance(count, int) and size * count > MAX_OUTPUT:
                raise SecurityError(f"repeating a text or list {count:,} times is too large for a template")
        big_exponent = isinstance(right, int | float) and abs(right) > 64
        big_base = isinstance(left, int | float) and abs(left) > 10**100
        if operator == "**" and (big_exponent or big_base):
            raise SecurityError(f"the power {str(left)[:12]} ** {str(right)[:12]} is too large for a template")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        if getattr(__obj, "__name__", "") in _REFUSED_METHODS:
            raise SecurityError("str.format is not allowed in a template; write merge fields instead")
        for value in (*args, *kwargs.values()):
            if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_OUTPUT:
                raise SecurityError(f"the number {value:,} is too large for a call in a template")
        return super().call(__context, __obj, *args, **kwargs)


def _range(*args: int) -> range:
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise SecurityError(f"range() of {len(r):,} items is too large (at most {MAX_RANGE:,} in a template)")
    return r


def _environment(autoescape: bool) -> ImmutableSandboxedEnvironment:
    env = _Sandbox(undefined=_Missing, autoescape=autoescape, keep_trailing_newline=True)
    env.globals.clear()  # no cycler/joiner/namespace/lipsum/dict: only what merge fields need
    env.globals["range"] = _range
    for name in ("center", "indent", "wordwrap", "format", "filesizeformat", "pprint", "xmlattr", "attr", "map",
                 "select", "reject", "selectattr", "rejectattr", "groupby", "sum", "tojson", "urlize"):
        env.filters.pop(name, None)
    env.filters["default"] = _default
    env.filters["d"] = _default
    return env


_ENVS = {False: _environment(False), True: _environment(True)}


@lru_cache(maxsize=2048)
def compile_template(source: str, autoescape: bool = False) -> Any:
    """The compiled template for `source` (cached)."""
    try:
        return _ENVS[autoescape].from_string(source)
    except TemplateError as exc:
        raise TemplateProblem(f"the text {source[:80]!r} is not a valid template: {exc}") from exc


def has_merge_fields(text: Any) -> bool:
    return isinstance(text, str) and ("{{" in text or "{%" in text)


@dataclass
class Rendered:
    text: str
    missing: list[str] = field(default_factory=list)


def render(source: Any, data: dict[str, Any], autoescape: bool = False) -> Rendered:
    """Render `source` with `data` ({"contact": {...}, "owner": {...}, "deal": {...}}).

    Text without merge fields is returned as is (no compile, no lookup).

    Raises:
        TemplateProblem: invalid, unsafe or too costly (the message says which and why).
    """
    text = "" if source is None else str(source)
    if not has_merge_fields(text):
        return Rendered(text)
    template = compile_template(text, autoescape)
    missing: list[str] = []
    token = _SINK.set(missing)
    try:
        names = {k: (_Named(k, v) if isinstance(v, dict) else v) for k, v in data.items()}
        if "{%" in text:
            out = _with_deadline(lambda: _generate(template, names), time.monotonic() + MAX_SECONDS)
        else:
            out = _generate(template, names)
    except SecurityError as exc:
        raise TemplateProblem(f"the text {text[:80]!r} was refused: {exc}") from None
    except TemplateError as exc:
        raise TemplateProblem(f"the text {text[:80]!r} could not be filled in: {exc}") from None
    except _TooSlow:
        raise TemplateProblem(f"the text {text[:80]!r} was stopped: rendering took over {MAX_SECONDS:g} s "
                              "(a loop too large for a template)") from None
    except (RecursionError, OverflowError, MemoryError, ArithmeticError, TypeError, ValueError) as exc:
        raise TemplateProblem(f"the text {text[:80]!r} could not be filled in: "
                              f"{exc.__class__.__name__}: {exc}") from None
    finally:
        _SINK.reset(token)
    return Rendered(out, sorted(set(missing)))


def _generate(template: Any, names: dict[str, Any]) -> str:
    parts: list[str] = []
    total = 0
    for chunk in template.generate(names):
        total += len(chunk)
        if total > MAX_OUTPUT:
            raise SecurityError(f"the output is over {MAX_OUTPUT:,} characters")
        parts.append(chunk)
    return "".join(parts)


class _TooSlow(Exception):
    """Raised inside a template's own frames once its deadline passed."""


def _with_deadline(fn: Any, deadline: float) -> Any:
    """Run `fn` with a line tracer on template frames ("<template>") that stops it at `deadline`."""
    def local(frame: Any, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise _TooSlow()
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename == "<template>" else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        return fn()
    finally:
        sys.settrace(previous)
