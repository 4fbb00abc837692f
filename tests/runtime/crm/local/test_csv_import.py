"""CSV import: encodings, separators, header aliases, custom columns, updates, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.crm.local import InvalidInput, LocalCrm
from runtime.crm.local.csv_read import header_key, map_headers
from tests.runtime.crm.local.local_support import events


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_bom_semicolons_spanish_headers(crm: LocalCrm, tmp_path: Path) -> None:
    csv = (
        "Nombre;Apellidos;Correo electrónico;Teléfono;Empresa;Ciudad;Etiquetas\r\n"
        "José;Muñoz;Jose@Example.ES;600111222;Ñandú SL;Málaga;cliente|vip\r\n"
        "Ana;López;ana@example.es;;;Madrid;\r\n"
    )
    path = write(tmp_path, "\ufeff" + csv)
    report = crm.import_csv(path)
    assert (report.created, report.updated, report.errors, report.applied) == (2, 0, [], True)
    jose = crm.get_contact("jose@example.es")
    assert (jose["first_name"], jose["last_name"], jose["phone"], jose["company"]) == ("José", "Muñoz", "600111222",
                                                                                       "Ñandú SL")
    assert jose["custom"] == {"city": "Málaga"}  # "Ciudad" is an alias of the custom key city
    assert jose["tags"] == ["cliente", "vip"]
    kinds = [e["kind"] for e in events(crm.db, "contact")]
    assert kinds.count("created") == 2 and kinds.count("tag_added") == 2
    assert all(e["origin"] == "import" for e in events(crm.db, "contact"))


def test_latin1_bytes_and_commas(crm: LocalCrm, tmp_path: Path) -> None:
    csv = "Prénom,Nom,E-mail,Société,Code Postal\nJosé,Muñoz,jose@x.es,Café Niño,28001\n"
    report = crm.import_csv(write(tmp_path, csv, encoding="latin-1"))
    assert report.created == 1
    jose = crm.get_contact("jose@x.es")
    assert (jose["first_name"], jose["last_name"], jose["company"]) == ("José", "Muñoz", "Café Niño")
    assert jose["custom"] == {"code_postal": "28001"}
    assert crm.search("jose munoz").total == 1


def test_cp1252_euro_sign(crm: LocalCrm, tmp_path: Path) -> None:
    path = write(tmp_path, "email;presupuesto\nana@x.es;500 €\n", encoding="cp1252")
    crm.import_csv(path)
    assert crm.get_contact("ana@x.es")["custom"] == {"presupuesto": "500 €"}


def test_existing_email_is_updated_not_duplicated(crm: LocalCrm, tmp_path: Path) -> None:
    crm.create_contact({"email": "ana@x.es", "first_name": "Ana", "phone": "1", "city": "Lugo"}, tags=("a",))
    path = write(tmp_path, "email,first name,phone,city,tags\nANA@x.es,Ana,,Vigo,a|b\nbea@x.es,Bea,,,\n")
    report = crm.import_csv(path, origin="designer")
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    ana = crm.get_contact("ana@x.es")
    assert ana["phone"] == "1"  # an empty cell does not clear
    assert ana["custom"] == {"city": "Vigo"} and ana["tags"] == ["a", "b"]
    assert crm.search("").total == 2
    ana_events = [e for e in events(crm.db, "contact") if e["entity_id"] == ana["id"]]
    assert [(e["kind"], e["changes"]) for e in ana_events[-2:]] == [
        ("tag_added", {"tag": [None, "b"]}),
        ("updated", {"city": ["Lugo", "Vigo"]}),
    ]
    again = crm.import_csv(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_bad_rows_refuse_everything_with_physical_line_numbers(crm: LocalCrm, tmp_path: Path) -> None:
    csv = (
        "email,nombre,notas\n"
        "ok@x.es,Ok,\n"
        "\n"
        ",Sin correo,\n"
        'malo,Malo,"dos\nlíneas"\n'
        "roto@x.es,Roto,\"multi\nline\"\n"
        "ok@x.es,Repetido,\n"
        "extra@x.es,Extra,,sobra\n"
    )
    report = crm.import_csv(write(tmp_path, csv))
    assert report.applied is False and report.created == 0
    assert report.errors == [
        (4, "missing email"),
        (5, "invalid email 'malo'"),
        (9, "email ok@x.es already on line 2"),
        (10, "4 cells but the header has 3 columns"),
    ]
    assert crm.search("").total == 0 and events(crm.db) == []


def test_skip_bad_rows_writes_the_good_ones(crm: LocalCrm, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write(tmp_path, "email,owner\nok@x.es,eva@acme.es\nmal,\nsin@x.es,nadie@acme.es\n")
    crm.create_user("eva@acme.es", "Eva")
    report = crm.import_csv(path, skip_bad_rows=True, progress=lambda done, total: seen.append((done, total)))
    assert report.applied is True and (report.created, report.skipped) == (1, 2)
    assert report.errors == [(3, "invalid email 'mal'"), (4, "no user 'nadie@acme.es' for the owner column")]
    assert crm.get_contact("ok@x.es")["owner_id"] is not None
    assert seen[-1] == (3, 3)


def test_explicit_mapping_overrides_aliases_and_drops_columns(crm: LocalCrm, tmp_path: Path) -> None:
    path = write(tmp_path, "Correo,Nombre,E-mail,Interno\na@x.es,Ana,b@y.es,zzz\n")
    with pytest.raises(InvalidInput, match="both map to 'email'"):
        crm.import_csv(path)
    crm.import_csv(path, mapping={"e-mail": "email2", "interno": "-", "Nombre": "last_name"})
    contact = crm.get_contact("a@x.es")
    assert contact["last_name"] == "Ana" and contact["custom"] == {"email2": "b@y.es"}


def test_file_level_problems(crm: LocalCrm, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no email column"):
        crm.import_csv(write(tmp_path, "nombre;ciudad\nAna;Lugo\n"))
    with pytest.raises(InvalidInput, match="empty"):
        crm.import_csv(write(tmp_path, "\n\n"))
    with pytest.raises(InvalidInput, match="cannot read"):
        crm.import_csv(tmp_path / "missing.csv")


def test_header_aliases() -> None:
    assert header_key("Correo-e") == "correoe"
    cols = map_headers(["E-mail", "Prénom", "Nom", "Téléphone", "Empresa", "Tags", "Fecha alta"], None)
    assert list(cols.values()) == ["email", "first_name", "last_name", "phone", "company", "tags", "fecha_alta"]


def nothing_stored(crm: LocalCrm) -> bool:
    return crm.search("").total == 0


def test_excel_unicode_text_utf16_with_tabs(crm: LocalCrm, tmp_path: Path) -> None:
    text = "Correo electrónico\tNombre\tCiudad\r\nana@x.es\tMaría José\tCádiz\r\nkenji@x.jp\tKenji\t東京\r\n"
    report = crm.import_csv(write(tmp_path, text, encoding="utf-16"))
    assert (report.created, report.errors, report.warnings) == (2, [], [])
    ana = crm.get_contact("ana@x.es")
    assert (ana["first_name"], ana["custom"]) == ("María José", {"city": "Cádiz"})
    assert crm.get_contact("kenji@x.jp")["custom"] == {"city": "東京"}


def test_utf8_and_windows_1252_lines_mixed_are_each_read_right(crm: LocalCrm, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("email,nombre\nana@x.es,María\n".encode() + "jose@x.es,José\n".encode("cp1252"))
    report = crm.import_csv(path)
    assert report.created == 2 and report.errors == []
    assert report.warnings == [(3, "not UTF-8 like the rest of the file: read as Windows-1252")]
    assert crm.get_contact("jose@x.es")["first_name"] == "José"
    assert crm.get_contact("ana@x.es")["first_name"] == "María"


@pytest.mark.parametrize(("text", "message"), [
    ('email,nombre\nana@x.es,"' + "x" * 200_000 + '"\n', "line 2: a cell is longer than 128 KB"),
    ('email,nombre\nana@x.es,Ana\nbea@x.es,"Bea\ncarl@x.es,Carl\n',
     "line 3: a quote (\") opened in this row is never closed"),
    ('email,nombre\nana@x.es,"Ana" López\n', "line 2: text after the closing quote of a cell"),
])
def test_broken_quoting_is_refused_with_the_line_and_nothing_stored(crm: LocalCrm, tmp_path: Path, text: str,
                                                                     message: str) -> None:
    with pytest.raises(InvalidInput) as info:
        crm.import_csv(write(tmp_path, text))
    assert str(info.value).startswith(message)
    assert nothing_stored(crm)


def test_multi_line_quoted_cells_still_import_with_physical_line_numbers(crm: LocalCrm, tmp_path: Path) -> None:
    text = 'email,notas\nana@x.es,"una\nnota ""larga"""\nmal,x\n'
    report = crm.import_csv(write(tmp_path, text), skip_bad_rows=True)
    assert report.errors == [(4, "invalid email 'mal'")]
    assert crm.get_contact("ana@x.es")["custom"] == {"notas": 'una\nnota "larga"'}


def test_a_nul_character_is_a_bad_row(crm: LocalCrm, tmp_path: Path) -> None:
    report = crm.import_csv(write(tmp_path, "email,nombre\nana@x.es,An\x00a\nbea@x.es,Bea\n"))
    assert not report.applied and report.errors == [(2, "a cell holds a NUL character (\\x00), which is not text")]
    assert nothing_stored(crm)


def test_dates_day_first_are_kept_and_unreadable_ones_warned(crm: LocalCrm, tmp_path: Path) -> None:
    text = ("email,renovacion,alta\nana@x.es,15/01/2027,2026-03-01\nbob@x.es,01/15/2027,\ncarl@x.es,03/04/2027,\n"
            "dan@x.es,31/02/2027,\neve@x.es,15/01/27,\n")
    report = crm.import_csv(write(tmp_path, text))
    assert report.applied and report.created == 5 and report.errors == []
    assert [line for line, _ in report.warnings] == [3, 4, 5, 6]
    assert report.warnings[0][1] == (
        "column 'renovacion': «01/15/2027» is not a day/month/year date; if it means 15 January 2027, "
        "write 2027-01-15 (DD/MM/YYYY or YYYY-MM-DD); date triggers and waits will not read it")
    assert "seems to hold month/day/year dates (line 3: 01/15/2027)" in report.warnings[1][1]
    assert "«31/02/2027» is not a valid date" in report.warnings[2][1]
    assert "«15/01/27» has a two-digit year" in report.warnings[3][1]
    assert crm.get_contact("dan@x.es")["custom"] == {"renovacion": "31/02/2027"}  # kept as written
    assert crm.get_contact("ana@x.es")["custom"] == {"renovacion": "15/01/2027", "alta": "2026-03-01"}
