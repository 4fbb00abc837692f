"""Runtime test fixtures over the test's database (tests/conftest.py `db`): the local CRM, a manual
clock, the real Engine (its events collected in `events`). A package's conftest overrides one when
its tests need another (history: fewer attempts)."""

from __future__ import annotations

import pytest

from runtime.crm.local import LocalCrm
from runtime.engine import Engine, EngineSettings, ManualClock


@pytest.fixture
def crm(db):
    return LocalCrm(db)


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def events():
    return []


@pytest.fixture
def engine(db, clock, events):
    settings = EngineSettings(backoff_base=10.0, wait_until_recheck=60.0)
    return Engine(db, clock=clock, events=events.append, settings=settings)
