"""`nodes` and `nodes --json`: the catalog printed without touching the database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from runtime.catalog import get_catalog
from runtime.cli.main import main

ROOT = Path(__file__).resolve().parents[3]
TYPE_KEYS = {
    "id",
    "version",
    "kind",
    "title",
    "description",
    "icon",
    "inputs",
    "outputs",
    "dynamic_outputs",
    "fields",
    "aliases",
}
FIELD_KEYS = {
    "name",
    "kind",
    "title",
    "help",
    "default",
    "required",
    "choices",
    "visible_when",
    "minimum",
    "maximum",
}


def run_json(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    assert main([*extra, "nodes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_type_in_catalog_order(capsys, tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    data = run_json(capsys, "--db", str(db))
    assert not db.exists()  # the command must not open (or create) the database
    assert [d["id"] for d in data] == [t.id for t in get_catalog()]
    for d in data:
        assert set(d) == TYPE_KEYS
        assert set(d["title"]) == set(d["description"]) == {"es", "en", "fr", "id"}
        for f in d["fields"]:
            assert set(f) == FIELD_KEYS
        for p in (*d["inputs"], *d["outputs"]):
            assert set(p) == {"name", "title", "role"}


def test_json_details(capsys) -> None:
    by_id = {d["id"]: d for d in run_json(capsys)}
    send = by_id["action.send_email"]
    assert send["title"] == {"es": "Enviar correo", "en": "Send email", "fr": "Envoyer un e-mail",
                             "id": "Kirim email"}
    assert [p["name"] for p in send["inputs"]] == ["in"]
    to = next(f for f in send["fields"] if f["name"] == "to")
    assert (to["kind"], to["default"], to["required"]) == ("recipient", "contact", True)
    assert [p["role"] for p in by_id["decision.if"]["outputs"]] == ["yes", "no"]
    switch = by_id["decision.switch"]
    assert switch["dynamic_outputs"] is True and [p["name"] for p in switch["outputs"]] == ["other"]
    assert by_id["decision.split"]["dynamic_outputs"] is True
    assert by_id["action.add_tag"]["dynamic_outputs"] is False
    owner = {f["name"]: f for f in by_id["action.assign_owner"]["fields"]}
    assert owner["users"]["visible_when"] == {"strategy": ["round_robin"]}
    assert [c["value"] for c in owner["strategy"]["choices"]] == ["fixed", "round_robin", "rules"]
    amount = next(f for f in by_id["wait.duration"]["fields"] if f["name"] == "amount")
    assert (amount["default"], amount["minimum"]) == (1, 0)


def test_subprocess_prints_the_same_json(capsys) -> None:
    expected = run_json(capsys)
    done = subprocess.run(
        [sys.executable, "main.py", "nodes", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected
    assert "Añadir etiqueta" in done.stdout  # readable UTF-8, not \u escapes


@pytest.mark.parametrize(("lang", "title", "head", "count"), [
    ("es", "Enviar correo", ["ID", "TIPO", "TÍTULO"], "tipos de nodo"),
    ("en", "Send email", ["ID", "KIND", "TITLE"], "node types"),
    ("fr", "Envoyer un e-mail", ["ID", "SORTE", "TITRE"], "types de bloc"),
    ("id", "Kirim email", ["ID", "JENIS", "JUDUL"], "jenis blok"),
])
def test_table(capsys, lang: str, title: str, head: list[str], count: str) -> None:
    assert main(["nodes", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert title in out
    assert out.splitlines()[0].split()[:3] == head
    assert f"{len(get_catalog())} {count}" in out
    assert "decision.switch" in out and "other (+)" in out


def test_docs_list_every_type() -> None:
    page = (ROOT / "docs" / "cli" / "nodes.md").read_text(encoding="utf-8")
    missing = [t.id for t in get_catalog() if f"`{t.id}`" not in page]
    assert missing == [], "docs/cli/nodes.md lacks these node types"
