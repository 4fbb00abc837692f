"""Chaos fixtures: `db_url` (SQLite; PostgreSQL too with $CAUDAL_TEST_PG_URL), and the slow part
(marked `chaos`) skipped unless $CAUDAL_CHAOS=1 (`make chaos` sets it)."""

from __future__ import annotations

import os

import pytest

from tests.runtime.db_urls import BACKENDS, database_url


def pytest_collection_modifyitems(config, items):
    if os.environ.get("CAUDAL_CHAOS") == "1":
        return
    skip = pytest.mark.skip(reason="slow chaos scenario: run `make chaos` (CAUDAL_CHAOS=1)")
    for item in items:
        if item.get_closest_marker("chaos") is not None:
            item.add_marker(skip)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    yield from database_url(request.param, tmp_path)
