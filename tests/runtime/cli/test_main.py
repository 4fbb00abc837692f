"""The CLI's parser: a command's parser is the same whether built alone or with all the
others, and a command loads only what it needs (checked in a clean interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from runtime.cli.main import COMMAND_MODULES, build_parser, main, named_module
from runtime.store.db import open_database

ROOT = Path(__file__).resolve().parents[3]
PROBE = r"""
import contextlib, io, json, sys
from runtime.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:  # --help
        code = exc.code
heavy = ("fpdf", "alembic", "mako", "httpx", "jinja2", "apscheduler", "keyring", "runtime.engine", "runtime.email")
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": sorted(h for h in heavy if h in sys.modules)}))
"""


def _probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_listing_contacts_loads_no_pdf_migrations_http_templates_or_scheduler(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    open_database(str(db)).dispose()  # created and migrated: the listing needs no Alembic
    result = _probe("--db", str(db), "contacts", "list", "--json")
    assert result["code"] == 0 and json.loads(result["out"])["total"] == 0
    assert result["loaded"] == []


def test_help_lists_every_command_without_loading_what_the_commands_use() -> None:
    result = _probe("--help")
    assert result["code"] == 0
    assert {"contacts", "run", "history", "accounts", "templates"} <= set(result["out"].split())
    assert result["loaded"] == ["runtime.email"]  # the package alone: its names load on use


@pytest.mark.parametrize("argv, module", [
    (["contacts", "list"], "contacts"), (["--db", "x.db", "run"], "run"),
    (["--db=x.db", "history", "show", "1"], "history"),
    (["--help"], None), (["--version"], None), ([], None), (["--db"], None), (["templates", "list"], None),
    (["--db", "contacts"], None), (["bogus"], None), (["-h", "contacts"], None),
])
def test_named_module(argv: list[str], module: str | None) -> None:
    assert named_module(argv) == module


@pytest.mark.parametrize("name", COMMAND_MODULES)
def test_a_command_parsed_alone_is_the_command_of_the_whole_parser(name: str, capsys) -> None:
    def help_of(parser) -> str:
        with pytest.raises(SystemExit):
            parser.parse_args([name, "--help"])
        return capsys.readouterr().out

    alone = help_of(build_parser([name]))
    assert alone.startswith(f"usage: caudal {name}") and alone == help_of(build_parser())


def test_main_without_a_command_prints_the_whole_help(capsys) -> None:
    assert main([]) == 2
    assert "contacts" in capsys.readouterr().out
