"""The APScheduler alarm: rings at its time, rings even when late, polls periodically."""

from __future__ import annotations

import threading
import time

from runtime.scheduling import Alarm


def test_alarm_rings_at_its_time_and_late_rings_are_not_dropped():
    rang = threading.Event()
    alarm = Alarm(rang.set)
    alarm.start()
    try:
        alarm.set(time.time() + 0.2)
        assert not rang.wait(0.05)
        assert rang.wait(3)
        rang.clear()
        # Ten seconds late: APScheduler's default grace (1 s) would drop this ring.
        alarm.set(time.time() - 10)
        assert rang.wait(3)
        assert alarm.at is None
    finally:
        alarm.stop()


def test_alarm_can_be_moved_and_cleared():
    rang = threading.Event()
    alarm = Alarm(rang.set)
    alarm.start()
    try:
        alarm.set(time.time() + 0.2)
        alarm.set(None)
        assert not rang.wait(0.5)
    finally:
        alarm.stop()


def test_poll_runs_periodically_and_survives_errors():
    calls = []

    def poll():
        calls.append(1)
        raise RuntimeError("a failing check must not stop the next ones")

    alarm = Alarm(lambda: None, poll, poll_interval=0.05)
    alarm.start()
    try:
        deadline = time.time() + 3
        while len(calls) < 3 and time.time() < deadline:
            time.sleep(0.02)
        assert len(calls) >= 3
    finally:
        alarm.stop()
