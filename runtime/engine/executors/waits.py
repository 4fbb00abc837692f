"""Wait executors: for a duration, until a weekday/time, until a date field (+/- days).

First visit: compute the moment; if it has passed, go on at once (step done), else
the step waits (a work item due then, state {"until", "since"}). The wake visit finds
`state` and finishes the waiting step.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from runtime.engine.context import StepContext
from runtime.engine.outcome import Outcome, StepError
from runtime.engine.states import StepStatus
from runtime.i18n import N_
from runtime.store.types import to_iso

UNIT_SECONDS = {"minutes": 60, "hours": 3600, "days": 86400, "weeks": 7 * 86400}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except Exception as exc:
        raise StepError(N_("unknown time zone {zone}").format(zone=repr(name))) from exc


def _hhmm(text: Any) -> dtime:
    hh, _, mm = str(text or "09:00").partition(":")
    try:
        return dtime(int(hh), int(mm or 0))
    except ValueError as exc:
        raise StepError(N_("the time {time} is not HH:MM").format(time=repr(text))) from exc


def seconds_of(amount: Any, unit: Any) -> float:
    if unit not in UNIT_SECONDS:
        raise StepError(N_("unknown time unit {unit}").format(unit=repr(unit)))
    return float(amount or 0) * UNIT_SECONDS[unit]


def _wait_or_go(ctx: StepContext, until: float, **detail: Any) -> Outcome:
    if ctx.state and "until" in ctx.state:
        until = float(ctx.state["until"])
    detail["until"] = to_iso(until)
    if until <= ctx.now:
        return Outcome.done(**detail)
    return Outcome.wait(until, {"until": until, "since": (ctx.state or {}).get("since", ctx.now)}, **detail)


def duration(ctx: StepContext) -> Outcome:
    amount, unit = ctx.config.get("amount", 1), ctx.config.get("unit", "days")
    if ctx.state:
        return _wait_or_go(ctx, 0.0, amount=amount, unit=unit)
    return _wait_or_go(ctx, ctx.now + seconds_of(amount, unit), amount=amount, unit=unit)


def next_weekday_time(now: float, weekdays: list[str], at: dtime, tz: ZoneInfo) -> float:
    """The first moment >= now on one of `weekdays` at `at` in `tz`."""
    allowed = {WEEKDAYS.index(d) for d in weekdays if d in WEEKDAYS}
    if not allowed:
        raise StepError("wait.until_time: no weekdays chosen")
    today = datetime.fromtimestamp(now, tz).date()
    for offset in range(8):
        day = today + timedelta(days=offset)
        if day.weekday() in allowed:
            moment = datetime.combine(day, at, tz).timestamp()
            if moment >= now:
                return moment
    raise StepError("wait.until_time: no moment found")  # unreachable


def until_time(ctx: StepContext) -> Outcome:
    tz_name = ctx.config.get("timezone") or ctx.timezone
    weekdays = list(ctx.config.get("weekdays") or [])
    at = ctx.config.get("at_time") or "09:00"
    if ctx.state:
        return _wait_or_go(ctx, 0.0, weekdays=weekdays, at_time=at, timezone=tz_name)
    until = next_weekday_time(ctx.now, weekdays, _hhmm(at), zone(tz_name))
    return _wait_or_go(ctx, until, weekdays=weekdays, at_time=at, timezone=tz_name)


def until_date_field(ctx: StepContext) -> Outcome:
    from runtime.engine.conditions import MISSING, to_moment

    field = str(ctx.config.get("field") or "")
    offset = int(ctx.config.get("offset_days") or 0)
    at = ctx.config.get("at_time") or "09:00"
    if ctx.state:
        return _wait_or_go(ctx, 0.0, field=field, offset_days=offset)
    value = ctx.lookup(field)
    moment = None if value is MISSING else to_moment(value)
    if moment is None:
        return Outcome(StepStatus.SKIPPED, "out", {"field": field, "value": None if value is MISSING else value,
                                                   "reason": N_("the field holds no date: going on at once")})
    day = moment[0].date() + timedelta(days=offset)
    until = datetime.combine(day, _hhmm(at), zone(ctx.timezone)).timestamp()
    return _wait_or_go(ctx, until, field=field, value=str(value), offset_days=offset, at_time=at)
