"""The log file in the user's log folder (rotating), the crash dialog for uncaught errors on any
thread, native crashes written by faulthandler, and Help → Open the logs folder."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from designer import diagnostics
from tests.designer.shell_fixtures import db, demo, make_window, settings, translators  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def logs(tmp_path, monkeypatch, qapp):
    folder = tmp_path / "logs"
    monkeypatch.setenv(diagnostics.LOG_DIR_ENV, str(folder))
    monkeypatch.setattr(diagnostics, "MAX_BYTES", 20_000)
    diag = diagnostics.install()
    yield folder, diag
    for dialog in list(diag.shown):
        dialog.close()
    diagnostics.uninstall()


def test_log_records_go_to_a_rotating_file_in_the_log_folder(logs):
    folder, _ = logs
    logging.getLogger("caudal.test").info("hola desde la prueba")
    text = (folder / "caudal.log").read_text(encoding="utf-8")
    assert "Caudal" in text and "started" in text and "hola desde la prueba" in text
    for i in range(400):
        logging.getLogger("caudal.test").info("línea de relleno número %d %s", i, "x" * 60)
    assert (folder / "caudal.log.1").exists()  # rotated, the old lines kept
    assert (folder / "caudal.log").stat().st_size <= 20_000 + 200


def test_an_uncaught_error_is_logged_and_shown_with_the_log_path(logs):
    folder, diag = logs
    try:
        {}["falta"]
    except KeyError:
        sys.excepthook(*sys.exc_info())
    QApplication.processEvents()
    assert len(diag.shown) == 1
    dialog = diag.shown[0]
    assert dialog.isVisible()
    summary = dialog.findChild(QLabel, "crashSummary")
    where = dialog.findChild(QLabel, "crashLogPath")
    assert "KeyError" in summary.text() and "falta" in summary.text()
    assert str(folder / "caudal.log") in where.text()
    assert "Traceback" in dialog.details_text
    text = (folder / "caudal.log").read_text(encoding="utf-8")
    assert "Unexpected error in thread main" in text and "KeyError: 'falta'" in text
    dialog.copy()
    assert str(folder / "caudal.log") in QApplication.clipboard().text()


def test_an_error_in_another_thread_reaches_the_dialog_on_the_gui_thread(logs):
    folder, diag = logs

    def work():
        raise RuntimeError("el hilo se cayó")

    thread = threading.Thread(target=work, name="caudal-prueba")
    thread.start()
    thread.join()
    QApplication.processEvents()
    assert len(diag.shown) == 1 and "el hilo se cayó" in diag.shown[0].details_text
    assert "Unexpected error in thread caudal-prueba" in (folder / "caudal.log").read_text(encoding="utf-8")


def test_a_native_crash_is_written_to_crash_log(tmp_path):
    script = ("import faulthandler\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
              "from designer import diagnostics\ndiagnostics.install()\nfaulthandler._sigsegv()\n")
    env = {**os.environ, diagnostics.LOG_DIR_ENV: str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode != 0
    assert "Segmentation fault" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_help_opens_the_logs_folder(db, make_window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setenv(diagnostics.LOG_DIR_ENV, str(tmp_path / "registros"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    demo(db)
    window = make_window()
    assert window.acts["logs"] in window.menus["help"].actions()
    assert window.acts["logs"].text() == "Abrir la carpeta de &registros"
    window.acts["logs"].trigger()
    assert opened == [str(tmp_path / "registros")] and (tmp_path / "registros").is_dir()
