"""APScheduler 3.x as an alarm clock for the runtime service, and nothing more.

The durable truth (due work items, trigger timers, change events) is in our tables;
the service rescans them at every start and after every wake. This module only:

- rings at the next due time (`Alarm.set(at)`): one date job, replaced each time,
  with `misfire_grace_time=None` so a late ring still rings (APScheduler's default
  grace of 1 s would silently drop it);
- runs a cheap periodic check (`poll`, default every 0.5 s) that notices work made
  by OTHER processes (the CLI while `run` is running): SQLite has no cross-process
  notification.

The job store is in memory and private to this process (3.x stores must not be shared).
APScheduler is imported when an Alarm is made: the CLI reads POLL_INTERVAL for its help.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

log = logging.getLogger(__name__)

POLL_INTERVAL = 0.5  # seconds between cross-process checks
_ALARM_JOB = "caudal-alarm"
_POLL_JOB = "caudal-poll"


class Alarm:
    """Wakes the service at a set time, and runs the cross-process check periodically.

    Args:
        ring: called (from APScheduler's thread) when the alarm time comes.
        poll: called every `poll_interval` seconds; None = no periodic check.
    """

    def __init__(self, ring: Callable[[], None], poll: Callable[[], None] | None = None,
                 poll_interval: float = POLL_INTERVAL) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self._ring = ring
        self._poll = poll
        self.poll_interval = poll_interval
        self._scheduler = BackgroundScheduler(timezone=UTC, daemon=True,
                                              job_defaults={"coalesce": True, "max_instances": 1})
        self._at: float | None = None
        self._job: str | None = None
        self._serial = 0

    def start(self) -> None:
        from apscheduler.triggers.interval import IntervalTrigger

        self._scheduler.start()
        if self._poll is not None:
            self._scheduler.add_job(self._safe(self._poll), IntervalTrigger(seconds=self.poll_interval),
                                    id=_POLL_JOB, misfire_grace_time=None)

    def stop(self) -> None:
        if self._scheduler.running:
            # Jobs first: a shutdown while APScheduler's thread is removing a rung date job makes
            # that thread look for it among the pending jobs and die with JobLookupError.
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)

    @property
    def at(self) -> float | None:
        """When the alarm will ring next (epoch seconds), or None."""
        return self._at

    def set(self, at: float | None) -> None:
        """Ring at `at` (epoch seconds); None clears the alarm. Same time = no change."""
        from apscheduler.jobstores.base import JobLookupError
        from apscheduler.triggers.date import DateTrigger

        if at == self._at or not self._scheduler.running:
            return
        self._at = at
        previous, self._job = self._job, None
        if previous is not None:
            # it may have rung (and been removed by APScheduler) a moment ago
            with contextlib.suppress(JobLookupError):
                self._scheduler.remove_job(previous)
        if at is None:
            return
        self._serial += 1
        self._job = f"{_ALARM_JOB}-{self._serial}"  # a fresh id: never races APScheduler's own removal
        self._scheduler.add_job(
            self._safe(self._fired),
            DateTrigger(run_date=datetime.fromtimestamp(at, UTC)),
            id=self._job,
            misfire_grace_time=None,  # never drop a late ring
        )

    def _fired(self) -> None:
        self._at = None
        self._ring()

    @staticmethod
    def _safe(fn: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                fn()
            except Exception:  # the alarm must keep ringing
                log.exception("scheduled call %r failed", fn)

        return run
