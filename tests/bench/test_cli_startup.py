"""CLI start-up benchmark (printed, never asserted; `make bench`).

Best of 5 real `python main.py ...` processes, wall and CPU time: `contacts list --json` on
an empty (already migrated) database (target 350 ms), `--help` (target 300 ms) and
`--version`, next to the floors they cannot beat: a bare interpreter and `import
sqlalchemy`. The ratio to the sqlalchemy floor is what compares across machines (and
across a busy and a quiet one). Measured twice: with bytecode caches (an installed
Caudal, or any second run) and without (PYTHONDONTWRITEBYTECODE=1, every module of ours
compiled from source at each start). Then `-X importtime` of `contacts list`: the
packages that cost the most, and whether the ones a listing never needs were loaded.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
NOT_NEEDED = ("fpdf", "alembic", "mako", "httpx", "jinja2", "apscheduler", "keyring", "pygments")


def _best(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds, each the best of RUNS runs; cpu = the child's user + system time."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(walls), min(cpus)


def _self_time_by_package(stderr: str) -> dict[str, float]:
    """`-X importtime` lines summed by top-level package (self time, so nothing counts twice)."""
    totals: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line.removeprefix("import time:").split("|")
        totals[name.strip().split(".")[0]] += float(self_us) / 1000
    return dict(totals)


def _table(title: str, env: dict[str, str], listing: list[str]) -> None:
    bare = _best(["-c", "pass"], env)
    floor = _best(["-c", "import sqlalchemy"], env)
    print(f"{title}: python -c pass {bare[0] * 1000:.0f} ms; import sqlalchemy {floor[0] * 1000:.0f} ms wall, "
          f"{floor[1] * 1000:.0f} ms cpu")
    for name, args, target in (("contacts list --json", listing, 0.350), ("--help", ["main.py", "--help"], 0.300),
                               ("--version", ["main.py", "--version"], None)):
        wall, cpu = _best(args, env)
        aim = f"; target {target * 1000:.0f} ms (ratio {wall / target:.2f})" if target else ""
        print(f"  {name:21} {wall * 1000:5.0f} ms wall, {cpu * 1000:4.0f} ms cpu = {wall / floor[0]:.2f}x / "
              f"{cpu / floor[1]:.2f}x the sqlalchemy floor{aim}")


def test_cli_start_up(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONPROFILEIMPORTTIME", "PYTHONPYCACHEPREFIX")}
    base.update(CAUDAL_DB=str(db), CAUDAL_SETTINGS=str(tmp_path / "settings.ini"))
    cached = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")  # leaves the source tree untouched
    uncached = dict(base, PYTHONDONTWRITEBYTECODE="1")
    listing = ["main.py", "contacts", "list", "--json"]
    for env in (cached, cached, uncached):  # creates the database; fills the bytecode cache
        subprocess.run([sys.executable, *listing], cwd=ROOT, env=env, check=True, capture_output=True)
        subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, env=env, check=True, capture_output=True)

    print(f"\nCLI start-up, best of {RUNS} runs")
    _table("with bytecode caches", cached, listing)
    _table("without bytecode caches", uncached, listing)

    done = subprocess.run([sys.executable, "-X", "importtime", *listing], cwd=ROOT, env=cached, check=True,
                          capture_output=True, text=True)
    by_package = _self_time_by_package(done.stderr)
    top = sorted(by_package.items(), key=lambda kv: -kv[1])[:8]
    print(f"  contacts list imports (-X importtime, cached): {sum(by_package.values()):.0f} ms in all; heaviest: "
          + ", ".join(f"{name} {ms:.0f}" for name, ms in top))
    loaded = sorted(name for name in NOT_NEEDED if name in by_package)
    print(f"  loaded though a listing needs none of them: {', '.join(loaded) or 'none'}")
