"""Merge-field templates: `{{ contact.first_name | default("cliente") }}` in a sandbox.

A sandboxed, immutable Jinja2 environment renders text config (task titles, email
subjects and bodies, webhook bodies). Each template text is compiled once and cached.
CRM values are data: they are inserted as they are and never rendered as templates.
A missing field renders empty and its name is collected (`Rendered.missing`) so the
step detail can say so. `default` also replaces empty text and None (what a marketer
expects from "the first name, or 'cliente'"). No HTML escaping here: an email issue can
ask for it per template (`render(..., autoescape=True)`).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import ChainableUndefined, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment


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


def _environment(autoescape: bool) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(undefined=_Missing, autoescape=autoescape, keep_trailing_newline=True)
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
    """
    text = "" if source is None else str(source)
    if not has_merge_fields(text):
        return Rendered(text)
    template = compile_template(text, autoescape)
    missing: list[str] = []
    token = _SINK.set(missing)
    try:
        names = {k: (_Named(k, v) if isinstance(v, dict) else v) for k, v in data.items()}
        out = template.render(names)
    except TemplateError as exc:
        raise TemplateProblem(f"the text {text[:80]!r} could not be filled in: {exc}") from exc
    finally:
        _SINK.reset(token)
    return Rendered(out, sorted(set(missing)))
