"""Helpers for CLI tests: a runner bound to one SQLite file, and flow files written from a node list."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from runtime.cli.main import main

N = "00000000-0000-4000-8000-0000000000"

Runner = Callable[..., tuple[int, str, str]]


def make_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
             lang: str = "en_US.UTF-8") -> tuple[Runner, str]:
    """(run, db path): `run("flows", "list")` -> (exit code, stdout, stderr), in English unless `lang`."""
    monkeypatch.setenv("LANG", lang)
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    db = str(tmp_path / "cli.db")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run, db


def node_id(i: int) -> str:
    return f"{N}{i:02d}"


def write_flow(path: Path, name: str, nodes: list[tuple[str, dict[str, Any]]],
               edges: list[tuple[int, str, int]] | None = None, **settings: Any) -> Path:
    """A v1 flow file: nodes numbered 1..n in order; `edges` (from, port, to) default to a chain via "out"."""
    if edges is None:
        edges = [(i, "out", i + 1) for i in range(1, len(nodes))]
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, name)), "name": name, "description": "",
        "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "crm": "local", **settings},
        "nodes": [{"id": node_id(i), "type": t, "type_version": 1, "title": "", "config": cfg,
                   "position": [200 * i, 0]} for i, (t, cfg) in enumerate(nodes, start=1)],
        "edges": [{"from": {"node": node_id(a), "port": port}, "to": {"node": node_id(b), "port": "in"}}
                  for a, port, b in edges],
    }}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
