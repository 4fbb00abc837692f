"""Fixtures for the connections tests: temp database and window, in-memory keyring, fake HubSpot."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from tests.designer.shell_fixtures import db, make_window, settings, translators  # noqa: E402,F401
from tests.runtime.crm.hubspot.fake_hubspot import FakeHubSpot  # noqa: E402


@pytest.fixture
def hubspot(httpserver) -> FakeHubSpot:
    fake = FakeHubSpot(httpserver)
    fake.base = httpserver.url_for("/").rstrip("/")
    return fake


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Closing a window with unsaved edits discards them (qtbot closes windows before fixtures end)."""
    from designer.dialogs import ask

    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: "discard")
