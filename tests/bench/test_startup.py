"""Start-up benchmark: `python main.py --db tmp` to the first painted window (target < 1 s).

Runs the real program in a subprocess (offscreen) with CAUDAL_QUIT_AFTER_PAINT=1, which
prints the seconds from the start of run_designer to the first paint; the total is
measured from outside too (interpreter start and imports included), as wall time and as
the process's CPU time (which a busy machine disturbs less), next to the floor of
importing Qt's widgets and SQLAlchemy (which the window needs), for a ratio that compares
across machines. Prints, asserts nothing about time.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def _run(args: list[str], env: dict[str, str] | None = None) -> tuple[str, float, float]:
    """(stdout, wall, cpu) of `python args`; cpu = the child's user + system time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out, wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _launch(db: Path, settings: Path) -> tuple[float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAUDAL_QUIT_AFTER_PAINT="1",
               CAUDAL_SETTINGS=str(settings), QT_PREFERRED_BINDING="PySide6")
    out, wall, cpu = _run(["main.py", "--db", str(db)], env)
    line = next(ln for ln in out.splitlines() if ln.startswith("first paint after"))
    return float(line.split()[3]), wall, cpu


def test_start_to_visible_window(tmp_path: Path) -> None:
    db, settings = tmp_path / "bench.db", tmp_path / "settings.ini"
    first_inner, first_wall, _ = _launch(db, settings)  # creates + migrates + seeds the demo
    runs = [_launch(db, settings) for _ in range(RUNS)]
    inner, wall, cpu = (min(r[i] for r in runs) for i in range(3))
    floors = [_run(["-c", "import PySide6.QtWidgets, sqlalchemy"]) for _ in range(RUNS)]
    floor_wall, floor_cpu = min(f[1] for f in floors), min(f[2] for f in floors)
    print(f"\nfirst start (new DB, demo seeded): {first_wall:.2f} s process, {first_inner:.2f} s in-app")
    print(f"start to first paint (best of {RUNS}): {wall:.2f} s process (target 1 s, ratio {wall:.2f}), "
          f"{inner:.2f} s from run_designer(), {cpu:.2f} s CPU")
    print(f"  = {wall / floor_wall:.2f}x wall / {cpu / floor_cpu:.2f}x CPU the floor of importing PySide6.QtWidgets "
          f"+ sqlalchemy ({floor_wall:.2f} s wall, {floor_cpu:.2f} s CPU)")
