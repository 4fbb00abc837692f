"""Fixtures for the designer shell's tests: a temp database, temp settings, a main window.

Imported explicitly (`from tests.designer.shell_fixtures import ...`); conftest.py of
this folder belongs to the canvas tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from designer.i18n import Translators  # noqa: E402
from designer.settings import Settings  # noqa: E402
from runtime.store.db import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "caudal.db"))
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def translators(qapp) -> Iterator[Translators]:
    t = Translators()
    t.install("es")
    yield t
    t.uninstall()  # later tests must not inherit Spanish from this one


@pytest.fixture
def make_window(qtbot, db, settings, translators):
    """make_window(bridge=None, size=(w, h)) -> a shown MainWindow on the temp database (closed after)."""
    from designer.main_window import MainWindow

    windows = []

    def make(bridge=None, window_settings=None, size=(1440, 900)):
        window = MainWindow(db, window_settings or settings, translators, bridge)
        # the offscreen screen is 800 x 800: the window would take it (maximized); tests ask
        # for the screens people have
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*size)
        # not qtbot.addWidget: qtbot closes its widgets before this fixture's teardown,
        # and closing an edited window would wait for the unsaved-changes question
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.editor.undo_stack.setClean()
        window.quitting = True
        window.close()
        window.deleteLater()


def demo(db: Database) -> str:
    """Seed the first-start data; the example flow's id."""
    from designer.first_start import first_start

    flow_id = first_start(db)
    assert flow_id
    return flow_id


def has_engine() -> bool:
    try:
        from runtime.engine import Engine  # noqa: F401
    except ImportError:
        return False
    return True


def bulk_contacts(db: Database, count: int, start: int = 0) -> None:
    """Insert `count` contacts fast (Core executemany), as a large CRM would hold."""
    from sqlalchemy import insert

    from runtime.crm.local.text import search_text
    from runtime.store.schema_crm import crm_contacts
    from runtime.store.types import now

    first = ["Ana", "José", "Lucía", "Marco", "Sofía", "Pablo", "Elena", "Diego"]
    last = ["García", "Muñoz", "Torres", "Díaz", "Romero", "Castro", "Navarro", "Vega"]
    ts = now()
    rows = []
    for i in range(start, start + count):
        f, last_name = first[i % 8], last[(i // 8) % 8]
        email = f"persona{i:06d}@ejemplo.es"
        rows.append({"email": email, "first_name": f, "last_name": last_name, "phone": "",
                     "lifecycle_stage": "lead", "source": "bench", "custom": {},
                     "search_text": search_text(f, last_name, email, None),
                     "created_at": ts + i, "updated_at": ts + i})
    with db.begin() as conn:
        for s in range(0, len(rows), 5000):
            conn.execute(insert(crm_contacts), rows[s:s + 5000])


def another_process(db: Database, *args: str, offset: float = 0.0) -> None:
    """Run `main.py --db <db> ARGS` in a process of its own (the office's other desktop or service),
    its clocks `offset` seconds ahead."""
    import subprocess
    import sys

    env = dict(os.environ, CAUDAL_CLOCK_OFFSET=str(offset)) if offset else None
    subprocess.run([sys.executable, "main.py", "--db", db.url, *args], cwd=Path(__file__).resolve().parents[2],
                   env=env, check=True, capture_output=True, timeout=120)


def watching(bridge, qtbot) -> None:
    """Start the bridge's watch for other processes' work and wait until it knows where things stand."""
    bridge.watch_changes()
    qtbot.waitUntil(bridge.watcher.ready.is_set, timeout=30000)
