"""History test fixtures: the real Engine with two attempts per step (the others: tests/runtime/conftest.py)."""

from __future__ import annotations

import pytest

from runtime.engine import Engine, EngineSettings


@pytest.fixture
def engine(db, clock):
    return Engine(db, clock=clock, settings=EngineSettings(backoff_base=10.0, wait_until_recheck=60.0, max_attempts=2))
