"""Lets the flow tests import `flow_samples`; provides the `tiny` catalog fixture."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from flow_samples import tiny_catalog  # noqa: E402


@pytest.fixture
def tiny():
    return tiny_catalog()
