"""CLI start-up benchmark (printed, never asserted; `make bench`).

Wall time, best of 5, of real `python main.py ...` processes: `contacts list --json` on an
empty (already migrated) database (target 350 ms), `--help` (target 300 ms) and `--version`,
next to the floors they cannot beat: a bare interpreter and `import sqlalchemy`. The ratio
to the sqlalchemy floor is what compares across machines. Then `-X importtime` of
`contacts list`: the packages that cost the most, and whether the ones a listing never
needs (fpdf, alembic, mako, httpx, jinja2, apscheduler, keyring) were loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
NOT_NEEDED = ("fpdf", "alembic", "mako", "httpx", "jinja2", "apscheduler", "keyring", "pygments")


def _wall(args: list[str], env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        best = min(best, time.perf_counter() - t0)
    return best


def _self_time_by_package(stderr: str) -> dict[str, float]:
    """`-X importtime` lines summed by top-level package (self time, so nothing counts twice)."""
    totals: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line.removeprefix("import time:").split("|")
        totals[name.strip().split(".")[0]] += float(self_us) / 1000
    return dict(totals)


def test_cli_start_up(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    env = dict(os.environ, CAUDAL_DB=str(db), CAUDAL_SETTINGS=str(tmp_path / "settings.ini"))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    listing = ["main.py", "contacts", "list", "--json"]
    subprocess.run([sys.executable, *listing], cwd=ROOT, env=env, check=True, capture_output=True)  # creates it

    bare = _wall(["-c", "pass"], env)
    floor = _wall(["-c", "import sqlalchemy"], env)
    figures = {
        "contacts list --json": (_wall(listing, env), 0.350),
        "--help": (_wall(["main.py", "--help"], env), 0.300),
        "--version": (_wall(["main.py", "--version"], env), None),
    }
    print(f"\nCLI wall time, best of {RUNS} (python -c pass {bare * 1000:.0f} ms, "
          f"import sqlalchemy {floor * 1000:.0f} ms):")
    for name, (seconds, target) in figures.items():
        aim = f", target {target * 1000:.0f} ms (ratio {seconds / target:.2f})" if target else ""
        print(f"  {name:22} {seconds * 1000:5.0f} ms = {seconds / floor:.2f}x the sqlalchemy floor{aim}")

    done = subprocess.run([sys.executable, "-X", "importtime", *listing], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    by_package = _self_time_by_package(done.stderr)
    total = sum(by_package.values())
    top = sorted(by_package.items(), key=lambda kv: -kv[1])[:10]
    print(f"  contacts list imports: {total:.0f} ms in all; heaviest: "
          + ", ".join(f"{name} {ms:.0f}" for name, ms in top))
    loaded = sorted(name for name in NOT_NEEDED if name in by_package)
    print(f"  loaded though a listing needs none of them: {', '.join(loaded) or 'none'}")
