"""Chaos: the slow scenarios (marked `chaos`) are skipped unless $CAUDAL_CHAOS=1 (`make chaos` sets it).
Every scenario runs on SQLite and, with $CAUDAL_TEST_PG_URL, on PostgreSQL (tests/conftest.py `db_url`)."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("CAUDAL_CHAOS") == "1":
        return
    skip = pytest.mark.skip(reason="slow chaos scenario: run `make chaos` (CAUDAL_CHAOS=1)")
    for item in items:
        if item.get_closest_marker("chaos") is not None:
            item.add_marker(skip)
