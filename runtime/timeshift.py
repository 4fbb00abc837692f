"""Moves every wall clock of this process N days ahead, for tests only: CAUDAL_TIME_SHIFT_DAYS=N.

`make test-future` sets N=400 so that no test can depend on today's date: the pytest process
applies it from tests/conftest.py and every `main.py` it starts applies it at once. Wall
clocks (`time.time`, `datetime.now`, `date.today`...) move and keep ticking; monotonic clocks,
sleeps and thread waits are untouched. (libfaketime was tried first: it hangs Python's
`Event.wait` on glibc's `sem_clockwait`, or makes `time.sleep` fail with EINVAL.)
"""

from __future__ import annotations

import os
from typing import Any

ENV = "CAUDAL_TIME_SHIFT_DAYS"
_travel: Any = None


def apply_from_env() -> float:
    """Shift this process's wall clocks by $CAUDAL_TIME_SHIFT_DAYS days (once); the days applied."""
    global _travel
    raw = os.environ.get(ENV, "").strip()
    if not raw or _travel is not None:
        return 0.0
    days = float(raw)
    import datetime as dt

    import time_machine  # a test dependency: only loaded when the shift is asked for

    _travel = time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=days), tick=True)
    _travel.start()
    return days
