"""Languages: where resources live, which language to use, and installing Qt translators.

The designer's source strings are English inside `tr()`; every language of
`runtime.i18n.LANGUAGES` ships as `resources/translations/caudal_<lang>.qm`, built by
`python -m designer.i18n_build`. Switching also switches the runtime's texts (its
gettext catalogs) and the locale of dates, numbers and calendars.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from runtime import i18n as runtime_i18n
from runtime.i18n import formats
from runtime.i18n.languages import CODES, DEFAULT, LANGUAGES, locale_name, normalize

__all__ = ["CODES", "DEFAULT", "LANGUAGES", "Translators", "choose_language", "current_language", "said",
           "text_of", "when"]


def resources_dir() -> Path:
    """The `resources/` folder, inside a PyInstaller bundle or next to the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The system locale's language when Caudal speaks it; Spanish for anything else (our main users)."""
    return normalize(QLocale.system().name()) or DEFAULT


def choose_language(override: str | None = None, setting: str | None = None) -> str:
    """`--lang` first, then the saved setting, then the system locale."""
    for lang in (override, setting):
        if lang in LANGUAGES:
            return lang
    return system_language()


_current = DEFAULT


def current_language() -> str:
    """The language the designer shows now (a code of LANGUAGES)."""
    return _current


def text_of(value: object) -> str:
    """A runtime `Text` (or {lang: text} dict, or plain text) in the current language."""
    if isinstance(value, dict):
        return str(value.get(_current) or value.get("en") or value.get("es") or "")
    getter = getattr(value, "get", None)
    return getter(_current) if callable(getter) else str(value)


def said(message: object) -> str:
    """A runtime message (an exception, a stored English text) in the current language."""
    return runtime_i18n.translate_rendered(_current, str(message))


def when(ts: float | None, seconds: bool = False) -> str:
    """A UTC epoch as a local date and time written the current language's way; "" for None."""
    return formats.format_datetime(ts, _current, seconds=seconds) if ts else ""


def qt_date_format() -> str:
    """A QDateEdit display format for a day in the current language: d/M/yyyy, dd/MM/yyyy, M/d/yyyy."""
    pattern = formats.locale_of(_current).datetime_skeletons["yMd"].pattern
    return re.sub(r"(?<!y)y(?!y)", "yyyy", pattern)


def first_day_of_week() -> Qt.DayOfWeek:
    """Monday where the language's locale starts the week on Monday (es, fr), Sunday for en_US and id."""
    return Qt.DayOfWeek(formats.first_weekday(_current) + 1)


def _set_locale(lang: str) -> None:
    """Qt's default locale follows the language (calendars start on the locale's first weekday)."""
    name = locale_name(lang, formats.system_settings())
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C:
        locale = QLocale(LANGUAGES[lang].locale)
    QLocale.setDefault(locale)


class Translators:
    """Our translator plus Qt's own (standard dialogs), swapped as a pair."""

    def __init__(self) -> None:
        self.lang: str | None = None
        self._ours = QTranslator()
        self._qt = QTranslator()
        self._installed = False

    def install(self, lang: str) -> bool:
        """Switch the application to `lang`; returns False if our .qm was missing.

        Installing sends every widget a LanguageChange event, so visible windows retranslate.
        """
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeTranslator(self._ours)
            app.removeTranslator(self._qt)
        self._ours = QTranslator()
        self._qt = QTranslator()
        ok = self._ours.load(f"caudal_{lang}", str(translations_dir()))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._qt.load(f"qtbase_{lang}", qt_dir)
        if app is not None:
            app.installTranslator(self._qt)
            app.installTranslator(self._ours)
            self._installed = True
        global _current
        self.lang = _current = lang
        runtime_i18n.set_language(lang)
        _set_locale(lang)
        return ok

    def uninstall(self) -> None:
        """Remove both translators: the application falls back to its source (English) texts and the
        system's locale."""
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeTranslator(self._ours)
            app.removeTranslator(self._qt)
        self._installed = False
        QLocale.setDefault(QLocale.system())
