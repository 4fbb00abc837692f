"""Hypothesis settings of the fuzz tests: the same cases on every run, more on demand.

By default each fuzz test runs `examples` derandomized cases (the same ones on every
machine and every run, so CI is reproducible and the suite stays fast). To hunt for
new bugs, `CAUDAL_FUZZ=5000 .venv/bin/python -m pytest tests/runtime -k fuzz` runs
5000 fresh random cases per test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_HUNT = int(os.environ.get("CAUDAL_FUZZ", "0") or 0)


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: `examples` fixed cases, or CAUDAL_FUZZ random ones."""
    return settings(max_examples=_HUNT or examples, derandomize=not _HUNT, deadline=None, database=None,
                    print_blob=bool(_HUNT),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.filter_too_much])
