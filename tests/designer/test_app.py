"""The designer process: SIGTERM closes it cleanly (exit 0), its embedded runtime unregistered; a database
that cannot be opened is one clear message, exit 1, no traceback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designer import app
from designer.dialogs import ask
from runtime.engine.registry import list_runtimes
from runtime.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(120)
def test_sigterm_quits_the_designer_with_exit_0_and_its_runtime_leaves_the_registry(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_PREFERRED_BINDING="PySide6",
               CAUDAL_SETTINGS=str(tmp_path / "settings.ini"))
    proc = subprocess.Popen([sys.executable, "main.py", "--db", url], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        db = open_database(url)
        try:
            deadline = time.monotonic() + 90
            while not [r for r in list_runtimes(db) if r["kind"] == "designer"]:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "the designer's runtime never registered"
                time.sleep(0.2)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 0, proc.stderr.read()
            assert list_runtimes(db) == []  # stopped cleanly: unregistered, nothing held
        finally:
            db.dispose()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_an_office_server_that_does_not_answer_is_said_in_a_message(qapp, tmp_path, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv(app.SETTINGS_ENV, str(tmp_path / "settings.ini"))
    from designer import diagnostics

    monkeypatch.setattr(diagnostics, "install", lambda: None)  # the process-wide log file and crash hook
    monkeypatch.setattr(app, "Translators", lambda: type("NoTranslators", (), {"install": lambda self, lang: None})())
    said = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: said.append(text))
    assert app.run_designer(["--db", f"postgresql://ana:pw-Zq7@127.0.0.1:{port}/caudal", "--lang", "en"]) == 1
    assert len(said) == 1 and f"postgresql+psycopg://ana:***@127.0.0.1:{port}/caudal" in said[0]
    assert "Connection refused" in said[0]
    assert "pw-Zq7" not in said[0]


def test_the_runtime_waits_for_the_first_paint_and_starts_once(qtbot):
    from PySide6.QtWidgets import QWidget

    calls = []
    window = QWidget()
    qtbot.addWidget(window)
    probe = app.FirstPaint(lambda: calls.append("start"), fallback_ms=60_000)
    window.installEventFilter(probe)
    assert calls == []  # nothing before the window is painted
    window.show()
    qtbot.waitUntil(lambda: calls == ["start"])
    window.repaint()
    window.update()
    qtbot.wait(50)
    assert calls == ["start"]  # once, not on every paint


def test_a_window_never_painted_still_gets_its_runtime(qtbot):
    calls = []
    probe = app.FirstPaint(lambda: calls.append("start"), fallback_ms=10)  # watching no window
    qtbot.waitUntil(lambda: calls == ["start"])
    assert probe.done


def test_the_theme_names_its_images_by_their_real_folder(qapp):
    import re
    from pathlib import Path

    from designer.app import load_theme

    load_theme(qapp)
    sheet = qapp.styleSheet()
    images = re.findall(r"url\(([^)]+)\)", sheet)
    assert "@STYLES@" not in sheet and images  # the spin box arrows, at least
    assert all(Path(p).is_file() for p in images)
