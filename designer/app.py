"""The designer application: QApplication, theme, translations, first start, runtime, window.

`run_designer(argv)` is what `python main.py` calls with no arguments or only
`--db URL` / `--lang es|en|fr|id`. For the start-up benchmark, `CAUDAL_QUIT_AFTER_PAINT=1`
makes it print the seconds from process start to the first painted window and quit;
otherwise the embedded runtime starts right after that first paint.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence

os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from designer import gc_guard
from designer.i18n import CODES, Translators, choose_language, resources_dir  # noqa: E402
from runtime.i18n import formats  # noqa: E402

QUIT_AFTER_PAINT = "CAUDAL_QUIT_AFTER_PAINT"
SETTINGS_ENV = "CAUDAL_SETTINGS"  # an INI file instead of the platform's settings place


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="caudal", description="Caudal designer")
    parser.add_argument("--db", help="database URL or SQLite file (default: the user data folder)")
    parser.add_argument("--lang", choices=CODES, help="language of the interface")
    return parser.parse_args(list(argv))


def load_theme(app: QApplication) -> None:
    """Apply resources/styles/caudal.qss (a missing file leaves Qt's look); `@STYLES@` in it is
    its own folder, for the images it names."""
    path = resources_dir() / "styles" / "caudal.qss"
    if path.exists():
        app.setStyle("Fusion")
        app.setStyleSheet(path.read_text(encoding="utf-8").replace("@STYLES@", path.parent.as_posix()))


def make_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused if one exists), named, themed and with our icon."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "caudal", *argv])
    app.setApplicationName("Caudal")
    app.setOrganizationName("Caudal")
    app.setApplicationDisplayName("Caudal")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "caudal.svg")))
    load_theme(app)
    gc_guard.install(app)
    return app


class FirstPaint(QObject):
    """Runs `then` once, right after the watched window's first paint (from the event loop),
    or after `fallback_ms` if no paint ever comes (a window that starts hidden).

    The embedded runtime starts there: started before, its 0.2 s of start-up on the GUI
    thread (and its threads' share of the interpreter) came before the first paint,
    because a real display's first expose arrives after a zero-time timer. In benchmark
    mode `then` prints the time from process start to the end of that paint, and quits.
    """

    def __init__(self, then: Callable[[], object], fallback_ms: int = 3000) -> None:
        super().__init__()
        self.then = then
        self.done = False
        QTimer.singleShot(fallback_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self.then()


def _report_and_quit(started: float) -> None:
    """Benchmark mode: the seconds from `started` to the end of the first paint, then quit."""
    print(f"first paint after {time.perf_counter() - started:.3f} s", flush=True)
    QApplication.instance().quit()


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM/SIGINT quit the Qt loop (then the embedded runtime stops as on closing, exit 0).

    Python runs signal handlers only between bytecodes; the returned timer (keep it) lets
    the interpreter in every 200 ms while Qt waits.
    """
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, app.quit))
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(200)
    return tick


def run_designer(argv: Sequence[str] = (), started: float | None = None) -> int:
    """Open the designer; returns the process exit code."""
    started = time.perf_counter() if started is None else started
    args = parse_args(argv)
    app = make_app()
    from designer import diagnostics

    diagnostics.install()  # the log file and the crash dialog, before anything can go wrong

    from designer.settings import Settings

    settings = Settings(os.environ.get(SETTINGS_ENV) or None)
    formats.use_system_locale()  # dates and numbers in the system's territory (es_MX, en_GB...)
    translators = Translators()
    translators.install(choose_language(args.lang, settings.language))

    from designer.dialogs import database_menu
    from designer.first_start import first_start
    from designer.main_window import MainWindow
    from designer.runtime_bridge import RuntimeBridge
    from runtime.store.db import CannotOpen, open_database

    app.setProperty(database_menu.DB_FLAG_PROPERTY, args.db or "")
    while True:
        try:
            db = open_database(args.db)
            break
        except CannotOpen as exc:  # e.g. the office server is down, or a newer Caudal's database
            from designer.i18n import text_of
            from runtime.store.location import source_of

            if not database_menu.recover(None, text_of(getattr(exc, "message", str(exc))), source_of(args.db)):
                return 1
    first_start(db, translators.lang or choose_language(settings.language))
    bridge = RuntimeBridge(db)
    window = MainWindow(db, settings, translators, bridge)
    app.setQuitOnLastWindowClosed(not settings.keep_running_in_tray)
    if os.environ.get(QUIT_AFTER_PAINT):
        probe = FirstPaint(lambda: _report_and_quit(started))
    else:
        probe = FirstPaint(bridge.start)  # after the first paint: start-up stays fast
    window.installEventFilter(probe)
    window.show()
    _tick = quit_on_signals(app)  # noqa: F841 - kept alive while the loop runs
    code = app.exec()
    bridge.stop()
    db.dispose()
    if database_menu.restart_pending():  # Settings → Office database…: "reopen now"
        database_menu.restart()
    return code
