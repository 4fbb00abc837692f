"""`contacts` commands against a real SQLite file: output, JSON shape, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.cli.main import main


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    db = str(tmp_path / "cli.db")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_add_update_tag_untag_show(cli) -> None:
    code, out, _ = cli("contacts", "add", "--email", " Ana@X.es", "--first-name", "Ana", "--field", "city=Madrid",
                       "--field", "company=Acme", "--tag", "vip")
    assert code == 0 and out.strip() == "contact 1 created (ana@x.es)"
    code, out, _ = cli("contacts", "update", "ana@x.es", "--field", "city=Cádiz", "--field", "phone=600")
    assert code == 0 and "city: 'Madrid' -> 'Cádiz'" in out and "phone: '' -> '600'" in out
    assert cli("contacts", "update", "ana@x.es", "--field", "city=Cádiz")[1].strip() == "nothing changed"
    assert cli("contacts", "tag", "ana@x.es", "cliente")[1].strip() == "tagged 'cliente'"
    assert cli("contacts", "tag", "ana@x.es", "cliente")[1].strip() == "already tagged 'cliente'"
    assert cli("contacts", "untag", "ana@x.es", "vip")[1].strip() == "untagged 'vip'"
    code, out, _ = cli("contacts", "show", "ana@x.es", "--json")
    shown = json.loads(out)
    assert shown["tags"] == ["cliente"] and shown["custom"] == {"city": "Cádiz"} and shown["company"] == "Acme"
    assert shown["created_at"].endswith("Z") and shown["deals"] == []


def test_list_json_shape_search_and_limit(cli) -> None:
    for i, name in enumerate(["José", "Ana", "Luis"]):
        cli("contacts", "add", "--email", f"p{i}@x.es", "--first-name", name)
    code, out, _ = cli("contacts", "list", "--json", "--search", "jose")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1 and data["contacts"][0]["first_name"] == "José"
    assert set(data["contacts"][0]) == {"id", "email", "first_name", "last_name", "phone", "company", "owner_id",
                                        "lifecycle_stage", "source", "tags", "custom", "created_at", "updated_at"}
    data = json.loads(cli("contacts", "list", "--json", "--limit", "2", "--sort", "first_name")[1])
    assert data["total"] == 3 and [c["first_name"] for c in data["contacts"]] == ["Ana", "José"]
    code, out, _ = cli("contacts", "list")
    assert code == 0 and "3 of 3 contacts" in out


def test_import_refused_lists_every_bad_row(cli, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_bytes("Nombre;Correo electrónico\nAna;ana@x.es\nMal;mal\nSin;\n".encode("latin-1"))
    code, out, err = cli("contacts", "import", str(csv))
    assert code == 1
    assert "line 3: invalid email 'mal'" in err and "line 4: missing email" in err
    assert "nothing was imported" in err
    assert json.loads(cli("contacts", "list", "--json")[1])["total"] == 0
    code, out, _ = cli("contacts", "import", str(csv), "--skip-bad-rows")
    assert code == 0 and "3 rows: 1 created, 0 updated, 0 unchanged, 2 skipped" in out
    assert "line 3: invalid email 'mal' (skipped)" in out


def test_import_with_map_and_json_report(cli, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text("mail_principal,zona\nana@x.es,norte\n", encoding="utf-8")
    code, out, err = cli("contacts", "import", str(csv))
    assert code == 1 and "no email column" in err
    code, out, _ = cli("contacts", "import", str(csv), "--map", "mail_principal=email", "--json")
    assert code == 0
    assert json.loads(out) == {"applied": True, "created": 1, "errors": [], "skipped": 0, "total": 1,
                               "unchanged": 0, "updated": 0, "warnings": []}


def test_errors_go_to_stderr_with_exit_1(cli) -> None:
    code, out, err = cli("contacts", "tag", "nadie@x.es", "vip")
    assert (code, out) == (1, "") and err.strip() == "caudal: no contact with email nadie@x.es"
    code, _, err = cli("contacts", "add", "--email", "malo")
    assert code == 1 and "invalid email 'malo'" in err
    code, _, err = cli("contacts", "update", "a@x.es", "--field", "sin-igual")
    assert code == 1 and "--field expects KEY=VALUE" in err


def test_import_excel_unicode_text_utf16_tab_separated(cli, tmp_path: Path) -> None:
    csv = tmp_path / "unicode.txt"
    csv.write_bytes("email\tnombre\r\nana@x.es\tMaría\r\n".encode("utf-16"))
    code, out, err = cli("contacts", "import", str(csv))
    assert (code, err) == (0, "") and "1 rows: 1 created" in out
    assert json.loads(cli("contacts", "show", "ana@x.es", "--json")[1])["first_name"] == "María"


def test_import_mixed_utf8_and_windows_1252_warns_and_stores_no_mojibake(cli, tmp_path: Path) -> None:
    csv = tmp_path / "pegado.csv"
    csv.write_bytes("email,nombre\nana@x.es,María\n".encode() + "jose@x.es,José\n".encode("cp1252"))
    code, out, err = cli("contacts", "import", str(csv), "--json")
    assert code == 0
    assert err == "warning: line 3: not UTF-8 like the rest of the file: read as Windows-1252\n"
    assert json.loads(out)["warnings"] == [{"line": 3, "reason": "not UTF-8 like the rest of the file: "
                                                                 "read as Windows-1252"}]
    assert json.loads(cli("contacts", "show", "jose@x.es", "--json")[1])["first_name"] == "José"


def test_import_with_a_huge_cell_is_refused_without_traceback(cli, tmp_path: Path) -> None:
    csv = tmp_path / "roto.csv"
    csv.write_text('email,nombre\nana@x.es,Ana\nbea@x.es,"' + "x" * 140_000 + "\n", encoding="utf-8")
    code, out, err = cli("contacts", "import", str(csv))
    assert (code, out) == (1, "")
    assert err.startswith("caudal: line 3: a cell is longer than 128 KB; usually a quote (\") opened in this row")
    assert json.loads(cli("contacts", "list", "--json")[1])["total"] == 0


def test_import_warns_about_dates_it_cannot_read(cli, tmp_path: Path) -> None:
    csv = tmp_path / "fechas.csv"
    csv.write_text("email,renovacion\nana@x.es,15/01/2027\nbea@x.es,31/02/2027\n", encoding="utf-8")
    code, out, err = cli("contacts", "import", str(csv))
    assert code == 0 and "2 rows: 2 created" in out
    assert err == ("warning: line 3: column 'renovacion': «31/02/2027» is not a valid date (DD/MM/YYYY or "
                   "YYYY-MM-DD); date triggers and waits will not read it\n")


def test_add_and_update_refuse_undecodable_text_and_warn_about_dates(cli) -> None:
    code, out, err = cli("contacts", "add", "--email", "a@x.es", "--first-name", "Jos\udce9")
    assert (code, out) == (1, "") and err.startswith("caudal: first_name: «Jos\\udce9» holds \\udce9")
    code, out, err = cli("contacts", "add", "--email", "a@x.es", "--field", "alta=15/01/27")
    assert code == 0 and "«15/01/27» has a two-digit year" in err
    code, out, err = cli("contacts", "update", "a@x.es", "--field", "alta=15/01/2027")
    assert (code, err) == (0, "")
