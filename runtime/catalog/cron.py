"""Standard five-field cron expressions: parsing into APScheduler triggers, and describing.

Trap: APScheduler 3.x's `CronTrigger.from_crontab` reads day-of-week numbers with
0 = Monday, while crontab (and our users' cheat sheets) mean 0 or 7 = Sunday, so
"0 9 * * 1" would fire on Tuesdays. `to_trigger` rewrites the weekday field into
names first. (Unlike crontab, APScheduler ANDs a restricted day-of-month with a
restricted day-of-week; both restricted at once is rare in marketing schedules.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from runtime.catalog.types import Text
from runtime.i18n import N_
from runtime.i18n.formats import format_time

T = Text
_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DAY_TEXT = (  # inside a sentence: "every Monday", "cada lunes"
    T("domingo", "Sunday", context="in a sentence"),
    T("lunes", "Monday", context="in a sentence"),
    T("martes", "Tuesday", context="in a sentence"),
    T("miércoles", "Wednesday", context="in a sentence"),
    T("jueves", "Thursday", context="in a sentence"),
    T("viernes", "Friday", context="in a sentence"),
    T("sábado", "Saturday", context="in a sentence"),
)


def _day_number(token: str) -> int:
    token = token.strip().lower()
    if token[:3] in _NAMES and not token.isdigit():
        return _NAMES.index(token[:3])
    if not token.isdigit():
        raise ValueError(N_("day of week {day} is not a number 0-7 or a day name (mon..sun)").format(day=repr(token)))
    number = int(token)
    if not 0 <= number <= 7:
        raise ValueError(N_("day of week {day} is not between 0 and 7").format(day=repr(token)))
    return number


def weekday_set(field: str) -> set[int]:
    """The days (0 = Sunday .. 6 = Saturday) a crontab day-of-week field selects.

    Raises:
        ValueError: when the field is not valid crontab syntax.
    """
    days: set[int] = set()
    for part in field.split(","):
        base, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(N_("step {step} must be 1 or more").format(step=repr(step_text)))
        if base in ("*", "?"):
            low, high = 0, 6
        elif "-" in base:
            a, b = base.split("-", 1)
            low, high = _day_number(a), _day_number(b)
        else:
            low = _day_number(base)
            high = 6 if step_text else low  # "1/2" = from Monday on, every other day
        if low > high:
            raise ValueError(N_("range {range} runs backwards").format(range=repr(base)))
        days.update(d % 7 for d in range(low, high + 1, step))
    return days


def to_trigger(expr: str, timezone: Any = "UTC") -> Any:
    """An APScheduler 3.x `CronTrigger` with crontab's meaning of `expr`.

    Raises:
        ValueError: with a readable reason when `expr` is not a valid 5-field expression.
    """
    from apscheduler.triggers.cron import CronTrigger  # here: APScheduler loads only to check a cron text

    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(N_("expected 5 fields, got {count}").format(count=len(parts)))
    minute, hour, day, month, dow = parts
    days = weekday_set(dow)
    weekday = "*" if len(days) == 7 else ",".join(_NAMES[d] for d in sorted(days))
    return CronTrigger(
        minute=minute, hour=hour, day=day, month=month, day_of_week=weekday, timezone=timezone
    )


def describe_cron(expr: str, lang: str) -> str:
    """A short sentence for common schedules ("Cada lunes a las 09:00"), else the expression."""
    parts = str(expr).split()
    fallback = f"cron {expr}"
    if len(parts) != 5:
        return fallback
    minute, hour, day, month, dow = parts
    if not (minute.isdigit() and day == "*" and month == "*"):
        return fallback
    try:
        days = weekday_set(dow)
    except ValueError:
        return fallback
    if hour == "*" and dow == "*":
        return T("Cada hora, en el minuto {minute}", "Every hour at minute {minute}").format(
            minute=int(minute)).get(lang)
    if not hour.isdigit() or int(hour) > 23 or int(minute) > 59:
        return fallback
    at = format_time(dt.time(int(hour), int(minute)), lang)
    if len(days) == 7:
        return T("Cada día a las {time}", "Every day at {time}").format(time=at).get(lang)
    if days == {1, 2, 3, 4, 5}:
        return T("De lunes a viernes a las {time}", "Monday to Friday at {time}").format(time=at).get(lang)
    if len(days) == 1:
        return T("Cada {day} a las {time}", "Every {day} at {time}").format(
            day=_DAY_TEXT[next(iter(days))], time=at).get(lang)
    ordered = sorted(days, key=lambda d: (d + 6) % 7)  # Monday first
    listed = ", ".join(_DAY_TEXT[d].get(lang) for d in ordered)
    return T("{days} a las {time}", "{days} at {time}").format(days=listed[:1].upper() + listed[1:],
                                                               time=at).get(lang)
