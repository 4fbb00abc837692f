"""When something goes wrong: a rotating log file a user can find and send, and a crash dialog.

`install()` (called by the designer at start) sends every log record to `caudal.log` in
the user's log folder (platformdirs; `CAUDAL_LOG_DIR` overrides it), rotating at 1 MB
with 5 old files kept; native crashes (a segfault in Qt) go to `crash.log` there through
faulthandler. An exception nobody caught, on the GUI thread (`sys.excepthook`) or any
other (`threading.excepthook`), is logged with its traceback and shown in a dialog that
says what happened and where the log is. Secrets never reach a log: nothing here logs
values, and the runtime's HTTP logs are redacted.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

LOG_DIR_ENV = "CAUDAL_LOG_DIR"
LOG_NAME = "caudal.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("caudal")


def log_dir() -> Path:
    """The folder of the log files (created on demand)."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir("Caudal", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _Reporter(QObject):
    """Lives on the GUI thread: other threads' errors reach the dialog through its signal."""

    report = Signal(str, str)  # summary, details


class Diagnostics:
    """What `install()` set up; `uninstall()` puts the previous hooks back (tests)."""

    def __init__(self) -> None:
        self.handler: logging.Handler | None = None
        self.crash_file: Any = None
        self.reporter: _Reporter | None = None
        self.shown: list[Any] = []  # open crash dialogs (kept alive)
        self._previous = (sys.excepthook, threading.excepthook)
        self._levels = {name: logging.getLogger(name).level for name in ("", "apscheduler", "httpx", "httpcore")}

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        for name, level in self._levels.items():
            logging.getLogger(name or None).setLevel(level)
        if self.handler is not None:
            logging.getLogger().removeHandler(self.handler)
            self.handler.close()
        if self.crash_file is not None:
            faulthandler.disable()
            self.crash_file.close()


_installed: Diagnostics | None = None


def install(show_dialog: bool = True) -> Diagnostics:
    """Log to the user's log folder, catch crashes; returns what was set up."""
    global _installed
    if _installed is not None:
        return _installed
    diag = Diagnostics()
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.getEffectiveLevel() > logging.INFO:
            root.setLevel(logging.INFO)
        for noisy in ("apscheduler", "httpx", "httpcore"):  # a line per job run / per request
            logging.getLogger(noisy).setLevel(logging.WARNING)
        from runtime.crm.http.redact import install_log_redaction

        install_log_redaction()  # webhook URLs hold their key: never in a log
        diag.handler = handler
        diag.crash_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
        faulthandler.enable(file=diag.crash_file, all_threads=True)
    except OSError as exc:  # a read-only home must not stop the app
        print(f"caudal: cannot write logs in {folder}: {exc}", file=sys.stderr)
    if show_dialog and QApplication.instance() is not None:
        diag.reporter = _Reporter()
        diag.reporter.report.connect(lambda summary, details: _show(diag, summary, details),
                                     Qt.ConnectionType.QueuedConnection)
    sys.excepthook = lambda t, v, tb: _on_exception(diag, t, v, tb, "main")
    threading.excepthook = lambda args: _on_exception(
        diag, args.exc_type, args.exc_value, args.exc_traceback,
        args.thread.name if args.thread else "?")
    from PySide6 import __version__ as pyside

    from runtime import __version__

    log.info("Caudal %s started (Python %s, PySide6 %s, %s); logs in %s", __version__, platform.python_version(),
             pyside, platform.platform(), folder)
    _installed = diag
    return diag


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None


def _on_exception(diag: Diagnostics, exc_type: type[BaseException], exc: BaseException | None,
                  tb: TracebackType | None, thread: str) -> None:
    if exc is None:  # threading.excepthook's value may be None: report the type, with no message
        exc = exc_type.__new__(exc_type)
    if exc_type is SystemExit or (exc_type is KeyboardInterrupt and thread == "main"):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Unexpected error in thread %s", thread, exc_info=(exc_type, exc, tb))
    summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if diag.reporter is not None:
        diag.reporter.report.emit(summary, details)  # queued: shown by the GUI thread


def _show(diag: Diagnostics, summary: str, details: str) -> None:
    try:
        from designer.dialogs.crash import CrashDialog

        dialog = CrashDialog(summary, details, log_file())
        diag.shown.append(dialog)
        dialog.finished.connect(lambda _r: diag.shown.remove(dialog) if dialog in diag.shown else None)
        dialog.show()
        dialog.raise_()
    except Exception:  # noqa: BLE001 - the report must never raise in turn
        log.exception("could not show the crash dialog")
