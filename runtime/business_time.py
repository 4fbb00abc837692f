"""Business days and hours, with the public holidays of the office's country and region.

`calendar_on(conn, tz)` reads the settings `business.country` / `business.subdivision` (the
`holidays` package's codes, e.g. ES / MD), `business.days` and `business.hours` ("09:00-18:00").
A `BusinessCalendar` answers: is this a working moment (and if not, why: a holiday by name, a
day off, outside hours); the next working moment; a moment N business days or hours later.
Waits and date triggers use it when asked to keep to working time; a moved moment says why
(`moved` dicts are stored in step details and timers, and told in the journey).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.i18n import N_
from runtime.store.schema_runtime import app_settings
from runtime.store.types import to_iso

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_DAYS = ("mon", "tue", "wed", "thu", "fri")
DEFAULT_HOURS = "09:00-18:00"
NAMED_IN = ("es", "en", "fr", "id")  # a holiday's name is stored in each language Caudal speaks
KEYS = ("business.country", "business.subdivision", "business.days", "business.hours")


class CalendarProblem(ValueError):
    """The business settings cannot be used (an unknown region for the country...)."""


_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def parse_hours(text: str) -> tuple[time, time]:
    """"09:00-18:00" (or "9:00-18:00") -> (09:00, 18:00); ValueError unless start < end."""
    found = _HOURS.match(str(text).replace(" ", ""))
    if found is None:
        raise ValueError(N_("{text!r} is not HH:MM-HH:MM").format(text=text))
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    a, b = time(h1, m1), time(h2, m2)
    if a >= b:
        raise ValueError(N_("{text!r}: the start must come before the end").format(text=text))
    return a, b


@lru_cache(maxsize=32)
def _holidays(country: str, subdivision: str, language: str) -> Any:
    import holidays  # here: ~190 ms to import, for calendars with a country only

    if not country:
        return None
    try:
        return holidays.country_holidays(country, subdiv=subdivision or None, language=language)
    except NotImplementedError:
        regions = ", ".join(holidays.list_supported_countries().get(country, [])) or N_("none")
        raise CalendarProblem(N_("business.subdivision {subdivision!r} is not a region of {country} "
                                 "(regions: {regions})").format(subdivision=subdivision, country=country,
                                                                 regions=regions)) from None


@dataclass(frozen=True)
class BusinessCalendar:
    zone: ZoneInfo
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time
    country: str = ""
    subdivision: str = ""

    def holiday(self, day: date, lang: str = "en") -> str | None:
        """The holiday's name in `lang` where the `holidays` package has it, else in English."""
        found = _holidays(self.country, self.subdivision, "en_US")
        if found is None or lang == "en" or lang not in found.supported_languages:
            return None if found is None else found.get(day)
        return _holidays(self.country, self.subdivision, lang).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and self.holiday(day) is None

    def why_not(self, moment: datetime) -> dict[str, Any] | None:
        """Why `moment` (in the zone) is not working time, or None when it is."""
        day = moment.date()
        name = self.holiday(day)
        if name is not None:
            return {"kind": "holiday", "name": {lang: self.holiday(day, lang) for lang in NAMED_IN},
                    "region": "-".join(p for p in (self.country, self.subdivision) if p)}
        if day.weekday() not in self.days:
            return {"kind": "day_off", "day": WEEKDAYS[day.weekday()]}
        if not self.start <= moment.time() < self.end:
            return {"kind": "hours", "hours": f"{self.start:%H:%M}-{self.end:%H:%M}"}
        return None

    def _next_day_start(self, day: date) -> datetime:
        for offset in range(1, 800):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return datetime.combine(candidate, self.start, self.zone)
        raise CalendarProblem(N_("no working day in the next two years (business.days is empty?)"))

    def next_working(self, ts: float) -> tuple[float, dict[str, Any] | None]:
        """(the first working moment at or after `ts`, why `ts` was moved or None)."""
        moment = datetime.fromtimestamp(ts, self.zone)
        why = self.why_not(moment)
        if why is None:
            return ts, None
        day = moment.date()
        if self.is_working_day(day) and moment.time() < self.start:
            target = datetime.combine(day, self.start, self.zone)
        else:
            target = self._next_day_start(day)
        return target.timestamp(), why

    def add_days(self, ts: float, n: int) -> float:
        """`n` working days after `ts`, at the same time of day (then kept inside working hours)."""
        moment = datetime.fromtimestamp(ts, self.zone)
        day, left = moment.date(), int(n)
        while left > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return datetime.combine(day, moment.time(), self.zone).timestamp()

    def skipped(self, since: float, until: float, limit: int = 10) -> list[dict[str, Any]]:
        """The days off and holidays between two moments (at most `limit`), each with why."""
        out: list[dict[str, Any]] = []
        day = datetime.fromtimestamp(since, self.zone).date()
        last = datetime.fromtimestamp(until, self.zone).date()
        while day <= last and len(out) < limit:
            if not self.is_working_day(day):
                why = self.why_not(datetime.combine(day, self.start, self.zone))
                out.append({"date": day.isoformat(), **(why or {})})
            day += timedelta(days=1)
        return out

    def add_seconds(self, ts: float, seconds: float) -> float:
        """`seconds` of working time after `ts` (nights, days off and holidays do not count)."""
        current, _ = self.next_working(ts)
        left = float(seconds)
        while True:
            moment = datetime.fromtimestamp(current, self.zone)
            day_end = datetime.combine(moment.date(), self.end, self.zone).timestamp()
            if current + left <= day_end:
                return current + left
            left -= day_end - current
            current = self._next_day_start(moment.date()).timestamp()


def moved(before: float, after: float, why: dict[str, Any] | None) -> dict[str, Any] | None:
    """The `moved` note a step or timer keeps (None when nothing moved)."""
    if why is None or after == before:
        return None
    return {"from": to_iso(before), "to": to_iso(after), "why": why}


def calendar_on(conn: Connection, tz: str | None) -> BusinessCalendar:
    """The office's calendar in time zone `tz`, from the app settings."""
    rows = dict(conn.execute(select(app_settings.c.key, app_settings.c.value)
                             .where(app_settings.c.key.in_(KEYS))).all())
    days = rows.get("business.days") or list(DEFAULT_DAYS)
    start, end = parse_hours(rows.get("business.hours") or DEFAULT_HOURS)
    country = str(rows.get("business.country") or "").upper()
    subdivision = str(rows.get("business.subdivision") or "").upper() if country else ""
    _holidays(country, subdivision, "en_US")  # an unknown region says so now, not at the first holiday
    return BusinessCalendar(ZoneInfo(tz or "UTC"), frozenset(WEEKDAYS.index(d) for d in days if d in WEEKDAYS),
                            start, end, country, subdivision)
