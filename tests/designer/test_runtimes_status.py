"""The status bar names the runtimes of this database from the real registry, marks one that stopped
beating as not responding (on this computer's clock, never by comparing clocks), and speaks Spanish."""

from __future__ import annotations

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from designer.i18n import Translators, when  # noqa: E402
from designer.runtimes_status import RuntimesLabel, Staleness  # noqa: E402
from runtime.engine.clock import ManualClock  # noqa: E402
from runtime.engine.registry import Registry  # noqa: E402
from runtime.store.db import Database  # noqa: E402

HOST = socket.gethostname()[:255]


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_staleness_follows_the_beat_counter_on_the_observers_clock() -> None:
    ticks = Ticks()
    seen = Staleness(10.0, ticks)
    rows = [{"id": "a", "beat": 1, "process": None}, {"id": "b", "beat": 7, "process": "running"}]
    assert seen.observe(rows) == set()
    ticks.now += 10.0
    rows[0]["beat"] = 2  # a beats, b does not
    assert seen.observe(rows) == {"b"}
    rows[2:] = [{"id": "c", "beat": 0, "process": "gone"}]  # its process on this machine is gone
    assert seen.observe(rows) == {"b", "c"}
    assert seen.observe(rows[:1]) == set() and set(seen._seen) == {"a"}


@pytest.fixture
def registered(db):
    clock = ManualClock()
    mine = Registry(db, "rt-mine", "designer", clock)
    service = Registry(db, "rt-service", "run", clock)
    mine.register()
    clock.advance(30)
    service.register()
    return mine, service


@pytest.fixture
def english(qapp):
    """English plurals ("2 runtimes") come from the English catalog, as in the app."""
    translators = Translators()
    translators.install("en")
    yield
    translators.uninstall()


def _read(label: RuntimesLabel, qtbot) -> None:
    with qtbot.waitSignal(label.loader.ready, timeout=5000):
        assert label.loader.load()


def test_the_label_names_this_desktop_and_the_others_and_says_when_one_stops(db, registered, qtbot, english) -> None:
    mine, service = registered
    ticks = Ticks()
    label = RuntimesLabel(db, lambda: "rt-mine", staleness=Staleness(10.0, ticks))
    qtbot.addWidget(label)
    assert label.isHidden()  # nothing to say before the first answer
    _read(label, qtbot)
    assert label.text() == f"2 runtimes: this desktop, {HOST} (service)"
    tip = label.toolTip().splitlines()
    assert tip[0] == "Runtimes on this database:"
    assert tip[1].startswith(f"{HOST} — desktop (this desktop) — since {when(1_767_225_600.0)} — last heartbeat ")
    assert tip[2].startswith(f"{HOST} — service — since {when(1_767_225_630.0)}")
    assert not label.property("stale")

    ticks.now += 10.0
    mine.beat()  # this desktop beats, the service is frozen
    _read(label, qtbot)
    assert label.text() == f"2 runtimes: this desktop, {HOST} (service, not responding)"
    assert label.toolTip().splitlines()[2].endswith(" — not responding")
    assert label.property("stale")

    service.beat()  # it is back
    _read(label, qtbot)
    assert label.text() == f"2 runtimes: this desktop, {HOST} (service)"
    service.unregister()
    _read(label, qtbot)
    assert label.text() == "1 runtime: this desktop"


def test_many_runtimes_are_counted_and_an_unreadable_database_is_said(db, qtbot, english) -> None:
    clock = ManualClock()
    for i in range(6):
        Registry(db, f"rt-{i}", "run", clock).register()
    label = RuntimesLabel(db, lambda: None)
    qtbot.addWidget(label)
    _read(label, qtbot)
    assert label.text().startswith("6 runtimes: ") and label.text().endswith(", +2 more")
    missing = "sqlite:////nonexistent/folder/caudal.db"
    label.loader.db = Database(missing, create_engine(missing))
    with qtbot.waitSignal(label.loader.failed, timeout=5000):
        label.loader.load()
    assert label.text() == "Runtimes: cannot read" and "unable to open database file" in label.toolTip()


def test_spanish(db, registered, qtbot, qapp) -> None:
    translators = Translators()
    translators.install("es")
    try:
        label = RuntimesLabel(db, lambda: "rt-mine")
        qtbot.addWidget(label)
        _read(label, qtbot)
        assert label.text() == f"Ejecutan flujos (2): este equipo, {HOST} (servicio)"
        assert label.toolTip().splitlines()[0] == "Quién ejecuta flujos en esta base de datos:"
        assert " — último latido " in label.toolTip()
    finally:
        translators.uninstall()
