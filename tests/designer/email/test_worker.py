"""Background: a slow call runs off the GUI thread; its result or error comes back as a signal."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QObject

from designer.email.worker import Background


def test_result_comes_back_on_the_gui_thread(qtbot):
    worker = Background()
    seen = {}

    def slow():
        seen["thread"] = threading.current_thread()
        time.sleep(0.05)
        return 42

    with qtbot.waitSignal(worker.done, timeout=30_000) as got:
        assert worker.start(slow)
        assert not worker.start(slow)  # one at a time
    assert got.args == [42] and seen["thread"] is not threading.main_thread()
    assert not worker.busy


def test_an_exception_comes_back_as_failed(qtbot):
    worker = Background()

    def broken():
        raise ValueError("puerto 0 no válido")

    with qtbot.waitSignal(worker.failed, timeout=30_000) as got:
        worker.start(broken)
    assert isinstance(got.args[0], ValueError) and "válido" in str(got.args[0])


def test_closing_the_owner_while_it_runs_is_harmless(qtbot):
    owner = QObject()
    worker = Background(owner)
    finished, gone = threading.Event(), threading.Event()

    def slow():
        assert gone.wait(30)  # still running when the owner goes, however slow the machine
        finished.set()
        return "tarde"

    worker.start(slow)
    shiboken6.delete(owner)  # the dialog is gone at once, its worker and relay with it
    gone.set()
    assert finished.wait(30)
    qtbot.wait(100)  # the late result finds nobody: no crash, no exception
