"""Reading the dates people write in CRM fields: ISO 8601, else day/month/year.

Caudal's users write dates the Spanish, French and Indonesian way, day first:
`15/01/2027`, `15-01-2027`, `15.01.2027`, optionally with a time (`15/01/2027 10:30`).
One convention on every machine (not the machine's locale), so two runtimes on one
database never read one value as two days. Year-first with slashes (`2027/01/15`)
is read too. Two-digit years are not guessed.

`read_moment` is the one reader: date triggers, waits and conditions all call it.
`date_problem` says why a value that looks like a date cannot be read (the CSV
import and the journey report it), with the ISO form to write when the value is a
valid month/day/year date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from runtime.i18n import N_, tr

_DAY_FIRST = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$")
_SHORT_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$")  # not "1.2.10": a version, not a date
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
FORMATS = N_("DD/MM/YYYY or YYYY-MM-DD")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _iso(text: str) -> tuple[datetime, bool] | None:
    """An ISO date or date-time; other text after an ISO date keeps the date alone."""
    if len(text) > 10:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")), False
        except ValueError:
            pass
    try:
        d = date.fromisoformat(text[:10])
    except ValueError:
        return None
    return datetime(d.year, d.month, d.day), True


def _day_first(text: str) -> tuple[datetime, bool] | None:
    m = _DAY_FIRST.match(text)
    if m:
        day, month, year = int(m[1]), int(m[3]), int(m[4])
        hh, mm, ss = (int(g) if g else 0 for g in (m[5], m[6], m[7]))
        bare = m[5] is None
    else:
        m = _YEAR_FIRST.match(text)
        if not m:
            return None
        year, month, day = int(m[1]), int(m[3]), int(m[4])
        hh = mm = ss = 0
        bare = True
    try:
        return datetime(year, month, day, hh, mm, ss), bare
    except ValueError:
        return None


def read_moment(value: Any) -> tuple[datetime, bool] | None:
    """(datetime, is_bare_date) of a date, datetime, ISO text or day/month/year text, else None.

    The datetime is naive unless the text carried an offset; callers decide its zone.
    """
    if isinstance(value, datetime):
        return value, False
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), True
    text = str(value or "").strip()
    if len(text) < 8:
        return None
    return _iso(text) or _day_first(text)


def read_date(value: Any) -> date | None:
    """The calendar date of `value` (see `read_moment`), or None."""
    moment = read_moment(value)
    return None if moment is None else moment[0].date()


def looks_like_date(text: str) -> bool:
    """Digits with date separators (`15/01/2027`, `1/2/27`, `2027-13-01`): meant as a date."""
    t = text.strip()
    return bool(_DAY_FIRST.match(t) or _YEAR_FIRST.match(t) or _SHORT_YEAR.match(t) or _ISO_START.match(t))


def month_first(text: str) -> date | None:
    """The date `text` names if read month/day/year, when that is the only valid reading."""
    m = _DAY_FIRST.match(text.strip())
    if not m or read_moment(text) is not None:
        return None
    try:
        return date(int(m[4]), int(m[1]), int(m[3]))
    except ValueError:
        return None


def is_ambiguous(text: str) -> bool:
    """Day and month both 12 or less and different (`03/04/2027`): only the convention decides."""
    m = _DAY_FIRST.match(text.strip())
    return m is not None and int(m[1]) <= 12 and int(m[3]) <= 12 and int(m[1]) != int(m[3])


def date_problem(value: Any, lang: str = "en") -> str | None:
    """Why a value written as a date cannot be read, or None (a date, or not meant as one); in `lang`."""
    text = str(value or "").strip()
    if not looks_like_date(text) or read_moment(text) is not None:
        return None
    formats = tr(lang, FORMATS)
    if _SHORT_YEAR.match(text):
        return tr(lang, "«{text}» has a two-digit year; write the year in full ({formats})", text=text, formats=formats)
    us = month_first(text)
    if us is not None:
        return tr(lang, "«{text}» is not a day/month/year date; if it means {day}, write {iso} ({formats})",
                  text=text, day=_spelled(us, lang), iso=us.isoformat(), formats=formats)
    return tr(lang, "«{text}» is not a valid date ({formats})", text=text, formats=formats)


def _spelled(day: date, lang: str) -> str:
    """15 January 2027 (en), 15 de enero de 2027 (es), 15 janvier 2027 (fr), 15 Januari 2027 (id)."""
    if lang == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date  # only when a problem is shown in another language

    from runtime.i18n.formats import locale_of
    return format_date(day, "long", locale=locale_of(lang))
