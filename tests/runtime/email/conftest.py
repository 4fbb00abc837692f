"""Email test fixtures: an in-memory keyring, a real SQLite file, a test certificate."""

from __future__ import annotations

import pytest

from runtime.crm.local import LocalCrm
from runtime.engine import ManualClock
from runtime.store.db import open_database
from tests.runtime.email.smtp_support import make_cert


@pytest.fixture
def db(tmp_path):
    d = open_database(f"sqlite:///{tmp_path}/email.db")
    yield d
    d.dispose()


@pytest.fixture
def crm(db):
    return LocalCrm(db)


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    return make_cert(tmp_path_factory.mktemp("certs"))
