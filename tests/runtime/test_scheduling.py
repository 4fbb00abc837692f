"""The APScheduler alarm: rings at its time, rings even when late, polls periodically."""

from __future__ import annotations

import threading
import time

from runtime.scheduling import Alarm


def test_alarm_rings_at_its_time_and_late_rings_are_not_dropped():
    rang = threading.Event()
    rang_at: list[float] = []
    alarm = Alarm(lambda: (rang_at.append(time.time()), rang.set()))
    alarm.start()
    try:
        at = time.time() + 0.2
        alarm.set(at)
        assert rang.wait(30)  # ends at the ring; generous for a busy machine
        assert rang_at[0] >= at - 0.001  # not before its time (datetime keeps microseconds)
        rang.clear()
        # Ten seconds late: APScheduler's default grace (1 s) would drop this ring.
        alarm.set(time.time() - 10)
        assert rang.wait(30)
        assert alarm.at is None
    finally:
        alarm.stop()


def test_alarm_can_be_moved_and_cleared():
    rang = threading.Event()
    alarm = Alarm(rang.set)
    alarm.start()
    try:
        # Moved an hour ahead, then cleared: neither can ring within the wait, however slow the machine.
        alarm.set(time.time() + 3600)
        alarm.set(time.time() + 7200)
        assert len(alarm._scheduler.get_jobs()) == 1  # moved: the first job was replaced
        alarm.set(None)
        assert alarm.at is None and alarm._scheduler.get_jobs() == []
        # Moved to a moment ago: it rings at once (the move replaced the old job), then cleared again.
        alarm.set(time.time() + 3600)
        alarm.set(time.time() - 1)
        assert rang.wait(30)
        assert alarm.at is None and alarm._scheduler.get_jobs() == []  # the hour-ahead job went with the move
    finally:
        alarm.stop()


def test_poll_runs_periodically_and_survives_errors():
    calls = []
    third = threading.Event()

    def poll():
        calls.append(1)
        if len(calls) >= 3:
            third.set()
        raise RuntimeError("a failing check must not stop the next ones")

    alarm = Alarm(lambda: None, poll, poll_interval=0.05)
    alarm.start()
    try:
        assert third.wait(30)  # ends at the third call
        assert len(calls) >= 3
    finally:
        alarm.stop()


def test_stopping_while_a_ring_is_processed_leaves_no_dying_thread(monkeypatch):
    # A shutdown while APScheduler's thread removed a rung date job made that thread look for
    # the job among the pending ones and die with JobLookupError (seen in 18 of 300 tries).
    errors: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(repr(args.exc_value)))
    for i in range(200):
        alarm = Alarm(lambda: None)
        alarm.start()
        alarm.set(time.time() + 0.002)
        time.sleep(0.001 * (i % 4))  # stop before, during and after the ring
        alarm.stop()
    time.sleep(0.2)  # what a dying scheduler thread would report comes from that thread
    assert errors == []
