"""Dates, times, numbers and amounts as each language writes them (Babel's CLDR formats, not ours).

Times are the runtime's UTC epoch seconds, shown in the local time zone unless `tz` says
otherwise. `first_weekday` follows the locale too (Monday in Spain and France, Sunday in
the United States and Indonesia). Reading typed dates is runtime/dates.py's job.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel import dates as bdates
from babel import numbers as bnumbers

from runtime.i18n.languages import LANGUAGES, SOURCE, locale_name, normalize

Moment = float | int | dt.datetime | None


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(LANGUAGES[normalize(name) or SOURCE].locale)


_system: dict[str, str] = {}  # the locale settings of the environment, once an entry point opts in


def use_system_locale(env: Mapping[str, str] | None = None) -> None:
    """Let formats take the system's territory (es_MX, en_GB) when it speaks the shown language.

    Called by the CLI and the designer at start; library code and tests keep each
    language's default locale (es_ES, en_US, fr_FR, id_ID), so their output never depends on
    the machine.
    """
    env = os.environ if env is None else env
    _system.clear()
    _system.update({k: env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)})


def is_neutral_locale(env: Mapping[str, str] | None = None) -> bool:
    """True when the environment names no locale (unset, C or POSIX): no local format was asked for."""
    env = os.environ if env is None else env
    setting = next((env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)), "")
    return setting.split(".")[0] in ("", "C", "POSIX")


def system_settings() -> dict[str, str]:
    """The locale settings `use_system_locale` took (empty until an entry point opts in)."""
    return dict(_system)


def locale_of(lang: str) -> Locale:
    """The Babel locale for `lang` (the system's territory when it speaks `lang` and was opted in)."""
    return _locale(locale_name(lang, _system))


def _moment(value: Moment, tz: dt.tzinfo | None) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    else:
        moment = dt.datetime.fromtimestamp(float(value), dt.UTC)
    return moment.astimezone(tz)  # tz None: the local zone


def format_date(value: Moment | dt.date, lang: str, *, long: bool = False, tz: dt.tzinfo | None = None) -> str:
    """21/11/2026 (es, fr, id), 11/21/2026 (en_US); `long`: "sáb, 21 nov 2026"."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    else:
        moment = _moment(value, tz)
        if moment is None:
            return ""
        day = moment.date()
    return bdates.format_skeleton("yMMMEd" if long else "yMd", day, locale=locale_of(lang))


def format_time(value: Moment | dt.time, lang: str, *, seconds: bool = False, tz: dt.tzinfo | None = None) -> str:
    """14:05 (es, fr), 14.05 (id), 2:05 PM (en_US)."""
    if isinstance(value, dt.time):
        moment: Any = value
    else:
        moment = _moment(value, tz)
        if moment is None:
            return ""
    return bdates.format_time(moment, "medium" if seconds else "short", locale=locale_of(lang))


def format_datetime(value: Moment, lang: str, *, seconds: bool = False, long: bool = False,
                    tz: dt.tzinfo | None = None) -> str:
    """Date and time joined the locale's way: "21/11/2026, 14:05" (es), "21/11/2026 14:05" (fr)."""
    moment = _moment(value, tz)
    if moment is None:
        return ""
    locale = locale_of(lang)
    pattern = str(bdates.get_datetime_format("medium" if long else "short", locale=locale))
    return pattern.replace("{1}", format_date(moment, lang, long=long, tz=tz)).replace(
        "{0}", format_time(moment, lang, seconds=seconds, tz=tz))


def format_number(value: float | int | Decimal, lang: str) -> str:
    """12.345,6 (es, id), 12 345,6 (fr), 12,345.6 (en)."""
    return bnumbers.format_decimal(value, locale=locale_of(lang))


def format_amount(value: float | int | Decimal | None, lang: str, currency: str | None = None) -> str:
    """An amount: "1.500,50 €" with a currency; "1.500,50" or "1.500" without; "" for none."""
    if value is None or value == "":
        return ""
    if currency:
        return bnumbers.format_currency(value, currency, locale=locale_of(lang))
    whole = float(value).is_integer()
    return bnumbers.format_decimal(value, format="#,##0" if whole else "#,##0.00", locale=locale_of(lang))


def first_weekday(lang: str) -> int:
    """The first day of the week where `lang` is spoken: 0 = Monday ... 6 = Sunday."""
    return locale_of(lang).first_week_day
