"""Wait executors: for a duration, until a weekday/time, until a date field (+/- days).

First visit: compute the moment; if it has passed, go on at once (step done), else
the step waits (a work item due then, state {"until", "since"[, "moved"]}). The wake visit
finds `state` and finishes the waiting step. A date field left empty goes on at once (the
step is skipped, saying so); one holding text that is not a date (`31/02/2027`) fails
the step with the reason, so nothing happens before the date the user meant. With
`working_time` a moment outside business hours, on a day off or a public holiday moves to
the next working moment, and `wait.duration` with `count: business` counts business days
or hours (runtime.business_time); the detail's `moved` (and `skipped`) say what moved and why.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from runtime.business_time import CalendarProblem, calendar_on, moved
from runtime.dates import FORMATS, date_problem
from runtime.i18n import N_
from runtime.kernel.conditions import MISSING, is_empty, to_moment
from runtime.kernel.context import StepContext
from runtime.kernel.outcome import Outcome, StepError
from runtime.kernel.states import StepStatus
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


def _wait_or_go(ctx: StepContext, until: float, moved: dict[str, Any] | None = None, **detail: Any) -> Outcome:
    if ctx.state and "until" in ctx.state:
        until = float(ctx.state["until"])
        moved = ctx.state.get("moved")
    detail["until"] = to_iso(until)
    state: dict[str, Any] = {"until": until, "since": (ctx.state or {}).get("since", ctx.now)}
    if moved:
        detail["moved"] = state["moved"] = moved
    if until <= ctx.now:
        return Outcome.done(**detail)
    return Outcome.wait(until, state, **detail)


def _calendar(ctx: StepContext, tz_name: str | None) -> Any:
    try:
        return calendar_on(ctx.conn, tz_name or ctx.timezone)
    except CalendarProblem as exc:
        raise StepError(str(exc)) from None


def _working(ctx: StepContext, until: float, tz_name: str | None) -> tuple[float, dict[str, Any] | None]:
    """`until`, moved to working time when the node asks for it."""
    if not ctx.config.get("working_time"):
        return until, None

    after, why = _calendar(ctx, tz_name).next_working(until)
    return after, moved(until, after, why)


def _business(ctx: StepContext, amount: Any, unit: Any) -> tuple[float, dict[str, Any]]:
    """The end of a wait counted in business time, and the days it skipped."""
    cal = _calendar(ctx, ctx.timezone)
    start, _ = cal.next_working(ctx.now)
    if unit in ("days", "weeks"):
        until = cal.add_days(start, int(amount or 0) * (5 if unit == "weeks" else 1))
    else:
        until = cal.add_seconds(start, seconds_of(amount, unit))
    until, _ = cal.next_working(until)
    return until, {"count": "business", "skipped": cal.skipped(ctx.now, until)}


def duration(ctx: StepContext) -> Outcome:
    amount, unit = ctx.config.get("amount", 1), ctx.config.get("unit", "days")
    if ctx.state:
        return _wait_or_go(ctx, 0.0, amount=amount, unit=unit)
    if ctx.config.get("count") == "business":
        until, extra = _business(ctx, amount, unit)
        return _wait_or_go(ctx, until, amount=amount, unit=unit, **extra)
    until, moved = _working(ctx, ctx.now + seconds_of(amount, unit), None)
    return _wait_or_go(ctx, until, moved, amount=amount, unit=unit)


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
    until, moved = _working(ctx, next_weekday_time(ctx.now, weekdays, _hhmm(at), zone(tz_name)), tz_name)
    return _wait_or_go(ctx, until, moved, weekdays=weekdays, at_time=at, timezone=tz_name)


def until_date_field(ctx: StepContext) -> Outcome:
    field = str(ctx.config.get("field") or "")
    offset = int(ctx.config.get("offset_days") or 0)
    at = ctx.config.get("at_time") or "09:00"
    if ctx.state:
        return _wait_or_go(ctx, 0.0, field=field, offset_days=offset)
    value = ctx.lookup(field)
    if is_empty(value):
        return Outcome(StepStatus.SKIPPED, "out", {"field": field, "value": None if value is MISSING else value,
                                                   "reason": N_("the field holds no date: going on at once")})
    moment = to_moment(value)
    if moment is None:  # going on at once would act before the date the user meant
        why = date_problem(value) or N_("«{value}» is not a date ({formats})").format(value=value, formats=FORMATS)
        raise StepError(f"{field}: " + N_("{why}; correct it and retry this step").format(why=why))
    day = moment[0].date() + timedelta(days=offset)
    until, moved = _working(ctx, datetime.combine(day, _hhmm(at), zone(ctx.timezone)).timestamp(), None)
    return _wait_or_go(ctx, until, moved, field=field, value=str(value), offset_days=offset, at_time=at)
