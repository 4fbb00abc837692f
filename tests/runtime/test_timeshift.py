"""runtime.timeshift: CAUDAL_TIME_SHIFT_DAYS moves a process's wall clocks, not its waits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import datetime, threading, time
from runtime.timeshift import apply_from_env
real = time.time()
days = apply_from_env()
ahead = (time.time() - real) / 86400
waited = threading.Event().wait(0.05)  # libfaketime hung here
time.sleep(0.01)                       # ... or failed here with EINVAL
print(days, round(ahead), datetime.date.today() > datetime.date.fromtimestamp(real))
"""


def probe(env_days: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "CAUDAL_TIME_SHIFT_DAYS"}
    if env_days is not None:
        env["CAUDAL_TIME_SHIFT_DAYS"] = env_days
    return subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=True).stdout.split()


def test_the_shift_moves_wall_clocks_and_leaves_waits_alone():
    assert probe("400") == ["400.0", "400", "True"]


def test_without_the_variable_nothing_moves():
    assert probe(None) == ["0.0", "0", "False"]
