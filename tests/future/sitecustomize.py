"""Loaded by every Python process of `make test-future` (PYTHONPATH): makes time.sleep work under faketime.

`make test-future` runs the suite 400 days ahead with `faketime --exclude-monotonic -f '+400d'`, which
moves the calendar (CLOCK_REALTIME) but not the monotonic clock: with a faked monotonic clock,
Python's timed waits (Event.wait, Lock.acquire(timeout=...)) never time out, because glibc's
sem_clockwait is not intercepted (libfaketime issue #390). With it excluded, libfaketime 0.9.10
breaks Python 3.11's time.sleep instead (clock_nanosleep with TIMER_ABSTIME gets a negative time:
"OSError: [Errno 22] Invalid argument", libfaketime issue #426). So, only under libfaketime, sleep
is a timed wait, which works.
"""

import os
import threading
import time

if "faketime" in os.environ.get("LD_PRELOAD", ""):
    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        threading.Event().wait(seconds)

    time.sleep = _sleep
