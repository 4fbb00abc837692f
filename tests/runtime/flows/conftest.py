"""Provides the `tiny` catalog fixture to the flow tests."""

import pytest

from tests.runtime.flows.flow_samples import tiny_catalog


@pytest.fixture
def tiny():
    return tiny_catalog()
