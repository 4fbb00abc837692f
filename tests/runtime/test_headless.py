"""runtime/ must never load Qt, NodeGraphQt or designer/: proven in a clean interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, json, pkgutil, sys, io, contextlib
import runtime
from runtime.cli.main import main

names = []
for info in pkgutil.walk_packages(runtime.__path__, "runtime."):
    if ".alembic.versions" in info.name or info.name.endswith(".alembic.env"):
        continue  # migration scripts run only inside Alembic's context
    importlib.import_module(info.name)
    names.append(info.name)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    codes = [main(["nodes", "--json"]), main(["--db", sys.argv[1], "flows", "list", "--json"])]
forbidden = sorted(m for m in sys.modules
                   if m.split(".")[0] in ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6",
                                          "NodeGraphQt", "Qt", "designer"))
print(json.dumps({"modules": len(names), "codes": codes, "forbidden": forbidden}))
"""


def test_runtime_and_cli_load_no_qt(db_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, db_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["forbidden"] == []
    assert result["codes"] == [0, 0]
    assert result["modules"] > 10


def test_no_runtime_source_mentions_qt_imports() -> None:
    offenders = []
    for path in (ROOT / "runtime").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and any(
                name in stripped.split()[1] for name in ("PySide", "PyQt", "NodeGraphQt", "designer")
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {stripped}")
    assert offenders == []
