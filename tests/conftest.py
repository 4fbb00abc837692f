"""Fixtures every test folder may use: the OS keyring replaced by memory, or by none at all; the process language reset."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from runtime.timeshift import apply_from_env
from tests.keyring_memory import install_memory_keyring

apply_from_env()  # `make test-future`: every wall clock of the test process 400 days ahead


@pytest.fixture
def memory_keyring():
    """A real keyring API over an in-memory backend; yields the backend (its `.store`)."""
    backend, previous = install_memory_keyring()
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """The headless default: keyring's 'fail' backend (no usable keyring)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _process_language():
    """Each test starts with the environment's language and default locales (the CLI and the
    designer change both for the whole process)."""
    from runtime.i18n import formats, set_language

    set_language(None)
    formats.use_system_locale({})
    yield
    formats.use_system_locale({})
