"""The languages Caudal speaks: codes, names in their own language, default locales, the environment's choice.

A new language is one entry here plus its catalogs (runtime/i18n/locale/<code>.po and
resources/translations/<code>.json for the designer).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A language: its code, its name written in itself, the locale used when the system gives no territory."""

    code: str
    name: str
    locale: str


LANGUAGES: dict[str, Language] = {
    "es": Language("es", "Español", "es_ES"),
    "en": Language("en", "English", "en_US"),
    "fr": Language("fr", "Français", "fr_FR"),
    "id": Language("id", "Bahasa Indonesia", "id_ID"),
}
CODES: tuple[str, ...] = tuple(LANGUAGES)
SOURCE = "en"  # message ids are English
DEFAULT = "es"  # the designer's language when the system's is none of ours
_ALIASES = {"in": "id"}  # Java and old glibc spell Indonesian "in"
_NEUTRAL = {"", "C", "POSIX"}


def normalize(value: str | None) -> str | None:
    """ "fr_FR.UTF-8" -> "fr", "es-MX" -> "es", "in_ID" -> "id"; None when it is not one of ours."""
    if not value:
        return None
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def _locale_setting(env: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = env.get(name, "")
        if value:
            return value
    return ""


def from_environment(env: Mapping[str, str] | None = None, fallback: str = SOURCE) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else `fallback`.

    As GNU gettext does, LANGUAGE (a ':' list) counts only when the locale is not C/POSIX.
    """
    env = os.environ if env is None else env
    setting = _locale_setting(env, "LC_ALL", "LC_MESSAGES", "LANG")
    if setting.split(".")[0] in _NEUTRAL:
        return fallback
    for item in env.get("LANGUAGE", "").split(":"):
        if code := normalize(item):
            return code
    return normalize(setting) or fallback


def locale_name(lang: str, env: Mapping[str, str] | None = None) -> str:
    """The Babel locale for formats in `lang`: the system's territory when it speaks `lang` (es_MX), else the
    default."""
    env = os.environ if env is None else env
    lang = normalize(lang) or SOURCE
    setting = _locale_setting(env, "LC_ALL", "LC_TIME", "LANG").split(".")[0].split("@")[0]
    if normalize(setting) == lang and "_" in setting:
        territory = setting.split("_", 1)[1].upper()
        if territory.isalpha() and len(territory) == 2:
            return f"{lang}_{territory}"
    return LANGUAGES[lang].locale
