"""The compiled gettext catalogs (runtime/i18n/locale/<lang>/LC_MESSAGES/caudal.mo), loaded once per language.

The .po files beside them are the translators' sources; `python -m runtime.i18n.build`
(`make translations`) compiles them. English needs no catalog: message ids are English.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DOMAIN = "caudal"


def locale_dir() -> Path:
    """runtime/i18n/locale (a PyInstaller bundle ships it at the same place, see packaging/caudal.spec)."""
    return Path(__file__).resolve().parent / "locale"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog of `lang` (a do-nothing one for English or a missing file)."""
    return gettext.translation(DOMAIN, locale_dir(), [lang], fallback=True)


def entries(t: gettext.NullTranslations) -> dict:
    return getattr(t, "_catalog", {})  # GNUTranslations' table: msgid, or (msgid, form), context\x04msgid


def lookup(lang: str, msgid: str, context: str | None = None) -> str | None:
    """The translation of `msgid` in `lang`, or None when the catalog has none."""
    if not msgid:
        return None  # gettext("") is the catalog's header
    key = f"{context}\x04{msgid}" if context else msgid
    found = entries(translations(lang)).get(key)
    return found or None


def lookup_plural(lang: str, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
    """The form of `singular`/`plural` for `n` in `lang`, or None when the catalog has none."""
    t = translations(lang)
    key = f"{context}\x04{singular}" if context else singular
    rule = getattr(t, "plural", None)
    if rule is None:
        return None
    found = entries(t).get((key, rule(n)))
    return found or None
