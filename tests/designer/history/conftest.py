"""Fixtures for the history page's tests: a real SQLite file filled by the real engine."""

from __future__ import annotations

import pytest

from runtime.store.db import open_database
from tests.designer.history.history_support import build_world, make_clock


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "caudal.db"))
    yield database
    database.dispose()


@pytest.fixture
def clock():
    return make_clock()


@pytest.fixture
def world(db, clock):
    return build_world(db, clock)
