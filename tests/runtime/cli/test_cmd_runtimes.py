"""`runtimes`: the registry as a table and as JSON; a runtime whose process is gone is pointed out."""

from __future__ import annotations

import json
import os

from sqlalchemy import update

from runtime.cli.main import main
from runtime.engine import ManualClock
from runtime.engine.registry import Registry
from runtime.store.db import open_database
from runtime.store.schema_runtime import runtimes


def test_runtimes_lists_the_registry(tmp_path, capsys):
    path = str(tmp_path / "r.db")
    assert main(["--db", path, "runtimes"]) == 0
    assert capsys.readouterr().out == "no runtime is running on this database\n"
    db = open_database(path)
    clock = ManualClock(1795417200.0)  # 2026-11-23T07:00:00Z
    Registry(db, "0123456789abcdef", "designer", clock).register()
    Registry(db, "fedcba9876543210", "run", clock).register()
    with db.begin() as conn:
        conn.execute(update(runtimes).where(runtimes.c.id == "fedcba9876543210").values(pid=999999, beat=7))
    db.dispose()
    assert main(["--db", path, "runtimes", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["kind"], r["pid"], r["beat"], r["calls_held"], r["started_at"]) for r in rows] == [
        ("0123456789abcdef", "designer", os.getpid(), 0, 0, "2026-11-23T07:00:00Z"),
        ("fedcba9876543210", "run", 999999, 7, 0, "2026-11-23T07:00:00Z")]
    assert rows[0]["process"] == "running"
    assert main(["--db", path, "runtimes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["RUNTIME", "KIND", "HOST", "PID", "STARTED", "LAST", "BEAT", "CALLS"]
    assert lines[1].startswith("01234567  designer") and "(process gone" not in lines[1]
    assert lines[2].startswith("fedcba98  run") and ("(process gone" in lines[2]) == (rows[1]["process"] == "gone")
