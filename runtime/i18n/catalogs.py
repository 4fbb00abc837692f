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


def lookup(lang: str, msgid: str, context: str | None = None) -> str | None:
    """The translation of `msgid` in `lang`, or None when the catalog has none."""
    if not msgid:
        return None  # gettext("") is the catalog's header
    t = translations(lang)
    found = t.pgettext(context, msgid) if context else t.gettext(msgid)
    return None if found == msgid else found


def lookup_plural(lang: str, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
    """The form of `singular`/`plural` for `n` in `lang`, or None when the catalog has none."""
    t = translations(lang)
    found = t.npgettext(context, singular, plural, n) if context else t.ngettext(singular, plural, n)
    return None if found in (singular, plural) else found


def reload() -> None:
    """Forget loaded catalogs (after `make translations` rebuilt them, in tests)."""
    translations.cache_clear()
