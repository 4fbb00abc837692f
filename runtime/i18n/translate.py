"""Translate English messages: into a given language (`tr`, `trn`) or the process's language (`_`, `_n`).

The process language is what the CLI's `--lang` (or the environment) chose, or the language
the designer shows. Library code that does not know who will read a message returns a
`Msg` instead; texts stored in the database stay English (`N_` marks them) and are
translated when shown (`runtime.i18n.rendered`).
"""

from __future__ import annotations

from typing import Any

from runtime.i18n.catalogs import lookup, lookup_plural
from runtime.i18n.languages import SOURCE, from_environment, normalize
from runtime.i18n.text import Lazy, Text

_language: str | None = None


def _fill(text: str, fallback: str, lang: str, values: dict[str, Any]) -> str:
    if not values:
        return text
    values = {k: (v.get(lang) if isinstance(v, Text | Lazy) else v) for k, v in values.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return fallback.format(**values)


def tr(lang: str, msgid: str, /, *, context: str | None = None, **values: Any) -> str:
    """`msgid` (English, with `{name}` fields) in `lang`, fields filled."""
    found = None if lang == SOURCE else lookup(lang, msgid, context)
    return _fill(found or msgid, msgid, lang, values)


def trn(lang: str, singular: str, plural: str, n: int, /, *, context: str | None = None, **values: Any) -> str:
    """The singular or plural form for `n` in `lang`; `{n}` is filled with `n`."""
    english = singular if n == 1 else plural
    found = None if lang == SOURCE else lookup_plural(lang, singular, plural, n, context)
    return _fill(found or english, english, lang, {"n": n, **values})


def N_(msgid: str, /) -> str:  # noqa: N802 (the gettext name)
    """Mark an English text for the catalogs without translating it (it is translated when shown)."""
    return msgid


def set_language(lang: str | None) -> str:
    """Make `lang` the process language (None: from the environment); returns the one set."""
    global _language
    _language = normalize(lang) or from_environment()
    return _language


def language() -> str:
    """The process language (from the environment until someone sets it)."""
    return _language or set_language(None)


def _(msgid: str, /, **values: Any) -> str:
    """`msgid` in the process language."""
    return tr(language(), msgid, **values)


def _n(singular: str, plural: str, n: int, /, **values: Any) -> str:
    """The form for `n` in the process language."""
    return trn(language(), singular, plural, n, **values)
