"""The tray: with the setting on, closing the window hides it and the runtime keeps running;
"Open" brings the window back; "Quit" stops the runtime. Without the setting, closing stops it."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import pytest

from designer import tray
from designer.runtime_bridge import RuntimeBridge
from tests.designer.shell_fixtures import db, demo, has_engine, make_window, settings, translators  # noqa: F401

pytestmark = pytest.mark.skipif(not has_engine(), reason="runtime.engine.Engine has not landed yet")


@pytest.fixture
def with_tray(monkeypatch):
    monkeypatch.setattr(tray, "tray_available", lambda: True)


def test_tray_keeps_the_runtime_running_until_quit(db, settings, make_window, with_tray, qtbot):
    demo(db)
    settings.keep_running_in_tray = True
    bridge = RuntimeBridge(db)
    assert bridge.start() == "running"
    try:
        window = make_window(bridge)
        assert window.tray.available and window.acts["tray"].isChecked()
        window.close()  # the user closes the window
        assert not window.isVisible()
        assert window.tray.icon.isVisible()
        assert bridge.state == "running" and bridge.runtime is not None
        assert window.tray.open_action.text() == "Abrir Caudal"

        window.tray.open_action.trigger()  # "Open Caudal" in the tray menu
        qtbot.waitExposed(window)
        assert window.isVisible() and bridge.state == "running"

        window.close()
        window.tray.quit_action.trigger()  # "Quit" from the tray while hidden
        assert bridge.state == "stopped"
        assert not window.tray.icon.isVisible()
    finally:
        bridge.stop()


def test_without_the_setting_closing_stops_the_runtime(db, settings, make_window, with_tray):
    demo(db)
    settings.keep_running_in_tray = False
    bridge = RuntimeBridge(db)
    assert bridge.start() == "running"
    try:
        window = make_window(bridge)
        window.close()
        assert not window.isVisible()
        assert bridge.state == "stopped"
    finally:
        bridge.stop()


def test_the_menu_switch_saves_the_setting(db, settings, make_window, with_tray):
    window = make_window()
    window.acts["tray"].trigger()
    assert settings.keep_running_in_tray is True
    window.acts["tray"].trigger()
    assert settings.keep_running_in_tray is False
