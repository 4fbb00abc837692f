"""Email test fixtures: an in-memory keyring, the test's database (tests/conftest.py `db`), a test certificate."""

from __future__ import annotations

import pytest

from runtime.crm.local import LocalCrm
from runtime.engine import ManualClock
from tests.runtime.email.smtp_support import make_cert


@pytest.fixture
def crm(db):
    return LocalCrm(db)


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    return make_cert(tmp_path_factory.mktemp("certs"))
