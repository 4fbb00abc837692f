"""Fuzzing the CSV importer: `InvalidInput` with a message, or every row read back as written.

- Any bytes: `parse` raises InvalidInput or returns rows whose text can be stored.
- Rows written by `csv.writer` (the way Excel and LibreOffice quote) with any of the
  separators, in UTF-8 (BOM or not), UTF-16, Windows-1252, or half UTF-8 and half
  Windows-1252 (two exports pasted together): every value comes back exactly.
- A real import into SQLite of such a file stores exactly those values.
Derandomized (tests/runtime/fuzzing.py), so CI runs the same cases every time.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime.crm.local import InvalidInput, LocalCrm
from runtime.crm.local.csv_read import parse
from runtime.storable import flaw
from runtime.store.db import open_database
from tests.runtime.fuzzing import fuzz

# Windows-1252 text the way people write it: letters, accents, digits, punctuation, €.
# (Not "Ñ¿"-like pairs: a Windows-1252 line that is also valid UTF-8 cannot be told apart.)
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñüçàèÁÉÍÓÚÑÜÇ0123456789 .,;:-'\"/()&@\t\n"
CELL = st.text(alphabet=LATIN, max_size=12)
ANY_CELL = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=12)


def emails(n: int) -> list[str]:
    return [f"c{i}@x.es" for i in range(n)]


@st.composite
def table(draw: st.DrawFn, cell: st.SearchStrategy[str]) -> list[list[str]]:
    rows = draw(st.lists(st.tuples(cell, cell), min_size=1, max_size=8))
    return [[email, a, b] for email, (a, b) in zip(emails(len(rows)), rows, strict=True)]


def write_csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["email", "nombre", "ciudad"])
    writer.writerows(rows)
    return out.getvalue()


def expected(rows: list[list[str]]) -> list[dict[str, str]]:
    """What the importer keeps: trimmed cells, empty ones left out (they never clear a value)."""
    out = []
    for email, name, city in rows:
        values = {"email": email}
        if name.strip():
            values["first_name"] = name.strip()
        if city.strip():
            values["city"] = city.strip()
        out.append(values)
    return out


def values_of(data: bytes) -> list[dict[str, str]]:
    parsed = parse(data)
    assert parsed.errors == []
    return [values for _, values, _ in parsed.rows]


@fuzz(150)
@given(st.binary(max_size=300))
def test_any_bytes_give_invalid_input_or_storable_rows(data: bytes) -> None:
    for blob in (data, b"email,nombre\n" + data, b"\xff\xfe" + data):
        try:
            parsed = parse(blob)
        except InvalidInput as exc:
            assert str(exc)
            continue
        for _, values, tags in parsed.rows:
            assert all(flaw(str(v)) is None for v in [*values.values(), *values, *tags])


@fuzz(150)
@given(table(ANY_CELL), st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_files_read_back_exactly(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    assert values_of(write_csv(rows, delimiter).encode(encoding)) == expected(rows)


@fuzz(150)
@given(table(CELL), st.sampled_from([",", ";", "\t"]), st.booleans())
def test_windows_1252_whole_or_pasted_after_utf8_reads_back_exactly(rows: list[list[str]], delimiter: str,
                                                                    pasted: bool) -> None:
    text = write_csv(rows, delimiter)
    if not pasted:
        data = text.encode("cp1252")
    else:  # the header and first rows from a UTF-8 export, the rest from a Windows-1252 one
        lines = text.splitlines(keepends=True)
        half = len(lines) // 2 + 1
        data = "".join(lines[:half]).encode("utf-8") + "".join(lines[half:]).encode("cp1252")
        if any("\n" in c or "\r" in c for row in rows for c in row):
            return  # a quoted cell across the cut would be cut in two: not a pair of exports
    assert values_of(data) == expected(rows)


@pytest.fixture(scope="module")
def crm(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(str(tmp_path_factory.mktemp("csvfuzz") / "crm.db"))
    yield LocalCrm(db)
    db.dispose()


@fuzz(25)
@given(table(ANY_CELL), st.sampled_from(["utf-8-sig", "utf-16"]))
def test_an_import_stores_exactly_what_the_file_says(crm: LocalCrm, tmp_path_factory: pytest.TempPathFactory,
                                                     rows: list[list[str]], encoding: str) -> None:
    book = crm.search("").total  # new emails for every example: each row creates a contact
    rows = [[f"n{book}-{email}", *rest] for email, *rest in rows]
    path = Path(tmp_path_factory.mktemp("f")) / "c.csv"
    path.write_bytes(write_csv(rows, ";").encode(encoding))
    report = crm.import_csv(path)
    assert report.applied and report.created == len(rows)
    for want in expected(rows):
        got = crm.get_contact(want["email"])
        assert got["first_name"] == want.get("first_name", "")
        assert got["custom"] == ({"city": want["city"]} if "city" in want else {})
