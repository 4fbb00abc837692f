"""`Text`: a user-visible string kept in English (the gettext msgid) and translated when it is shown.

Two source forms, both picked up by `make translations`:
- `Text(es, en)`: the Spanish written in the code seeds es.po and is what Spanish shows;
  other languages come from their catalog (English when it has none).
- `Msg(en)`: English only; every other language, Spanish too, comes from its catalog.
`.format(name=value)` fills `{name}` fields when the text is shown; a value that is itself a
Text is shown in the same language.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

from runtime.i18n.catalogs import lookup
from runtime.i18n.languages import CODES, SOURCE


class Text:
    """A string in every language Caudal speaks; read it with `get(lang)` (`.es`, `.en` also work).

    Immutable: `format` returns a new Text.
    """

    __slots__ = ("_es", "_en", "context", "args")
    _es: str | None
    _en: str
    context: str | None
    args: tuple[tuple[str, Any], ...]

    def __init__(self, es: str | None, en: str, *, context: str | None = None,
                 args: tuple[tuple[str, Any], ...] = ()) -> None:
        object.__setattr__(self, "_es", es)
        object.__setattr__(self, "_en", en)
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "args", tuple(args))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Text is immutable")

    @property
    def es(self) -> str:
        return self.get("es")

    @property
    def en(self) -> str:
        return self.get(SOURCE)

    @property
    def msgid(self) -> str:
        """The English template: the catalogs' key."""
        return self._en

    def template(self, lang: str) -> str:
        """The text in `lang` with its `{fields}` still unfilled."""
        if lang == SOURCE or not self._en:
            return self._en or self._es or ""
        if lang == "es" and self._es is not None:
            return self._es or self._en
        return lookup(lang, self._en, self.context) or self._en

    def get(self, lang: str) -> str:
        """The text in `lang` (English when that language has no translation), fields filled."""
        text = self.template(lang)
        if not self.args:
            return text
        values = {k: (v.get(lang) if isinstance(v, Text | Lazy) else v) for k, v in self.args}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):  # a translation's broken field
            try:
                return self._en.format(**values)
            except (KeyError, IndexError, ValueError, AttributeError):
                return text

    def format(self, **values: Any) -> Text:
        """The same text with `{name}` fields to fill when shown."""
        return Text(self._es, self._en, context=self.context, args=(*self.args, *values.items()))

    def as_dict(self) -> dict[str, str]:
        """{language code: text} for every language (JSON output)."""
        return {code: self.get(code) for code in CODES}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return (self._es, self._en, self.context, self.args) == (other._es, other._en, other.context, other.args)

    def __hash__(self) -> int:
        return hash((self._es, self._en, self.context))

    def __repr__(self) -> str:
        extra = f", context={self.context!r}" if self.context else ""
        extra += f", args={dict(self.args)!r}" if self.args else ""
        return f"Text({self._es!r}, {self._en!r}{extra})"

    def __str__(self) -> str:
        return self.get(SOURCE)


class Lazy:
    """A value made for the language it is shown in: `Lazy(lambda lang: names_in(lang))`."""

    def __init__(self, make: Callable[[str], str]) -> None:
        self.make = make

    def get(self, lang: str) -> str:
        return self.make(lang)

    def __eq__(self, other: object) -> bool:  # two equal problems compare equal
        return isinstance(other, Lazy) and all(self.get(c) == other.get(c) for c in CODES)

    def __hash__(self) -> int:
        return hash(self.get(SOURCE))

    def __repr__(self) -> str:
        return f"Lazy({self.get(SOURCE)!r})"


def Msg(en: str, /, *, context: str | None = None, **values: Any) -> Text:  # noqa: N802 (reads as a type)
    """An English-only message: every other language comes from its catalog."""
    return Text(None, en, context=context, args=tuple(values.items()))


def fields_of(template: str) -> set[str]:
    """The `{name}` fields of a template ("{{" is a literal brace)."""
    try:
        return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template)
                if name is not None}
    except ValueError:
        return set()
