"""`run`: the foreground service reacts to another process's change and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from runtime.cli.main import main

engine_module = pytest.importorskip("runtime.engine")
if not hasattr(engine_module, "Engine"):
    pytest.skip("the engine (runtime.engine.Engine) has not landed yet", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[3]


def write_tag_flow(path):
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": "1a2b0000-0000-4000-8000-000000000000", "name": "Etiqueta", "description": "",
        "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "max_steps": 1000},
        "nodes": [
            {"id": "1a2b0000-0000-4000-8000-000000000001", "type": "trigger.tag_added", "type_version": 1,
             "title": "Cliente", "config": {"tag": "cliente", "filter": {"match": "all", "rules": []}},
             "position": [0, 0]},
            {"id": "1a2b0000-0000-4000-8000-000000000002", "type": "action.update_fields", "type_version": 1,
             "title": "Marcar", "config": {"values": {"contact.lifecycle_stage": "customer"}}, "position": [200, 0]}],
        "edges": [{"from": {"node": "1a2b0000-0000-4000-8000-000000000001", "port": "out"},
                   "to": {"node": "1a2b0000-0000-4000-8000-000000000002", "port": "in"}}]}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def cli(db, *args):
    return subprocess.run([sys.executable, "main.py", "--db", db, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_run_reacts_and_stops_on_sigterm(db_url, tmp_path):
    db = db_url
    assert main(["--db", db, "flows", "import", write_tag_flow(tmp_path / "f.caudal.json")]) == 0
    assert main(["--db", db, "flows", "activate", "Etiqueta"]) == 0
    assert main(["--db", db, "contacts", "add", "--email", "ana@example.es"]) == 0
    proc = subprocess.Popen([sys.executable, "main.py", "--db", db, "run"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    try:
        seen = [proc.stderr.readline()]
        while "started" not in seen[-1] and seen[-1] and len(seen) < 5:  # a warning may come first (form port)
            seen.append(proc.stderr.readline())
        assert "started" in seen[-1], seen
        password = make_url(db).password
        assert not password or (password not in seen[-1] and "***" in seen[-1])  # the database's, on PostgreSQL
        assert cli(db, "contacts", "tag", "ana@example.es", "cliente").returncode == 0
        deadline = time.monotonic() + 60  # each look is a CLI process: seconds each on a busy machine
        while time.monotonic() < deadline:
            out = cli(db, "history", "--json").stdout
            if out.strip() and json.loads(out) and json.loads(out)[0]["status"] == "completed":
                break
            time.sleep(0.2)
        else:
            pytest.fail("the running service did not complete the enrollment")
        [me] = json.loads(cli(db, "runtimes", "--json").stdout)
        assert (me["kind"], me["pid"], me["process"]) == ("run", proc.pid, "running")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert json.loads(cli(db, "runtimes", "--json").stdout) == []  # it left the registry
        rest = proc.stderr.read()
        assert "SIGTERM: finishing the calls in hand, starting no new one" in rest and "stopped" in rest
    finally:
        if proc.poll() is None:
            proc.kill()


def test_until_idle_with_nothing_to_do(db_url, capsys):
    assert main(["--db", db_url, "run", "--until-idle"]) == 0
    assert "idle after 0 items" in capsys.readouterr().err
