"""Email test fixtures: a test certificate (the database, local CRM and clock: tests/runtime/conftest.py)."""

from __future__ import annotations

import pytest

from tests.runtime.email.smtp_support import make_cert


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    return make_cert(tmp_path_factory.mktemp("certs"))
