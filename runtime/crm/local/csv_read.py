"""Reading a contacts CSV: encoding, separator, header mapping and per-row checks (no database).

Encodings: see `csv_decode` (BOMs, UTF-16 with or without BOM, UTF-8, Windows-1252,
per line when a file mixes them). Separators: ",", ";" or tab (csv.Sniffer limited to
those, falling back to counting them in the header line). Quoting is strict: a quote
never closed, or text after a closing quote, refuses the file naming the line (a lax
reader would swallow the following rows into one cell); so does a cell over 128 KB.
Cells that look like dates but are not ones Caudal reads (`runtime.dates`: `31/02/2027`,
`01/15/2027`, `15/01/27`) are imported as written, with a warning naming the line and
column, since date triggers and waits will not read them. Headers map to fields through aliases in
Spanish, English and French, compared without case, accents or punctuation
("Correo electrónico", "E-mail", "Prénom"); an explicit mapping overrides; any other
column becomes a custom field keyed by the header's slug ("Código Postal" ->
"codigo_postal"). Line numbers are physical lines of the file (the header is line 1).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from runtime.crm.local.csv_decode import decode_csv
from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.text import normalize_email, slug, storable
from runtime.dates import date_problem, is_ambiguous, month_first
from runtime.fold import fold
from runtime.i18n import N_

IGNORE = "-"  # mapping value that drops a column

_ALIASES: dict[str, tuple[str, ...]] = {
    "email": ("email", "mail", "correo", "correoelectronico", "correoe", "emailaddress", "direcciondecorreo",
              "courriel", "adresseemail", "adressemail", "adressecourriel"),
    "first_name": ("nombre", "firstname", "first", "givenname", "name", "prenom", "nombrepila"),
    "last_name": ("apellido", "apellidos", "lastname", "surname", "familyname", "nom", "nomdefamille"),
    "phone": ("telefono", "tel", "movil", "celular", "phone", "phonenumber", "mobile", "telephone", "portable"),
    "company": ("empresa", "compania", "organizacion", "company", "organization", "organisation",
                "entreprise", "societe"),
    "lifecycle_stage": ("etapa", "etapadelciclodevida", "fase", "lifecyclestage", "stage", "cycledevie"),
    "source": ("origen", "fuente", "source", "leadsource", "provenance"),
    "owner_id": ("propietario", "responsable", "owner", "owneremail", "proprietaire"),
    "tags": ("etiquetas", "etiqueta", "tags", "tag", "labels", "etiquettes"),
    # custom, but so common that flows say `contact.city` whatever the file's language
    "city": ("ciudad", "localidad", "poblacion", "city", "town", "ville"),
}
_BY_ALIAS = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
FIELDS = tuple(_ALIASES)


def header_key(header: str) -> str:
    """Case, accents and punctuation removed: "Correo-e" -> "correoe"."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


@dataclass
class Parsed:
    """What a file holds: good rows (line, values, tags), bad rows and warnings (line, reason)."""

    columns: dict[int, str]  # column index -> field ("email", ..., "tags", or a custom key)
    rows: list[tuple[int, dict[str, Any], list[str]]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # imported, but worth knowing
    total: int = 0


def preview_rows(data: bytes, rows: int) -> tuple[list[str], list[list[str]]]:
    """Headers and the first `rows` records of the start of a file, for a mapping screen.

    A broken or cut record ends the preview (the import itself reports it); never raises.
    """
    text = decode_csv(data, partial=True).text
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    headers: list[str] = []
    sample: list[list[str]] = []
    try:
        headers = [h.strip() for h in next(reader, [])]
        for cells in reader:
            if len(sample) >= rows:
                break
            sample.append(cells)
    except csv.Error:
        pass
    return headers, sample


DELIMITERS = ",;\t"


def sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        return max(DELIMITERS, key=lambda d: (header.count(d), d == ","))


def _csv_error(exc: csv.Error, line: int) -> InvalidInput:
    """A csv module error as a sentence naming the line where the row began."""
    text = str(exc)
    if "field larger than field limit" in text:
        why = ("a cell is longer than 128 KB; usually a quote (\") opened in this row is never closed "
               "and runs into the rows after it")
    elif "unexpected end of data" in text:
        why = "a quote (\") opened in this row is never closed: the rest of the file would become one cell"
    elif "expected after" in text:
        why = "text after the closing quote of a cell (write the whole cell inside the quotes)"
    else:
        why = text
    return InvalidInput(N_('line {line}: {why}').format(line=line, why=why))


def _records(reader: Any) -> Any:
    """(first line, cells) of each record; csv errors become InvalidInput naming the line."""
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _csv_error(exc, line) from None
        yield line, cells
        line = reader.line_num + 1


class _DateColumns:
    """Warnings for cells written as dates that `runtime.dates` cannot read."""

    def __init__(self, headers: list[str]) -> None:
        self.headers = headers
        self.warnings: list[tuple[int, str]] = []
        self.month_first: dict[int, tuple[int, str]] = {}  # column -> first line and value
        self.ambiguous: dict[int, tuple[int, str]] = {}

    def check(self, line: int, index: int, cell: str) -> None:
        problem = date_problem(cell)
        if problem:
            self.warnings.append((line, f"column {self.headers[index]!r}: {problem}; "
                                        "date triggers and waits will not read it"))
            if month_first(cell) is not None:
                self.month_first.setdefault(index, (line, cell))
        elif is_ambiguous(cell):
            self.ambiguous.setdefault(index, (line, cell))

    def done(self) -> list[tuple[int, str]]:
        out = list(self.warnings)
        for index, (line, cell) in self.month_first.items():
            if index in self.ambiguous:
                a_line, a_cell = self.ambiguous[index]
                out.append((a_line, f"column {self.headers[index]!r} seems to hold month/day/year dates "
                                    f"(line {line}: {cell}), but Caudal reads day/month/year, so {a_cell} "
                                    "reads with the day first; write the dates as YYYY-MM-DD"))
        return out


def map_headers(headers: list[str], mapping: dict[str, str] | None) -> dict[int, str]:
    """Column index -> field. Raises InvalidInput for two columns on one field or no email."""
    explicit = {header_key(k): storable(v, f"mapping of {k!r}").strip() for k, v in (mapping or {}).items()}
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        target = explicit.get(key) or _BY_ALIAS.get(key) or slug(header)
        if target == IGNORE or not target:
            continue
        target = target.removeprefix("contact.")
        if target in seen:
            raise InvalidInput(
                N_('columns {first} ({first_header!r}) and {second} ({header!r}) both map to {target!r};'
                   ' use --map to tell them apart').format(
                    first=seen[target] + 1, first_header=headers[seen[target]], second=index + 1, header=header,
                    target=target)
            )
        seen[target] = index
        columns[index] = target
    if "email" not in seen:
        raise InvalidInput(N_('no email column (headers: {headers}); use --map HEADER=email').format(
            headers=', '.join(headers)))
    return columns


def split_tags(cell: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,|]", cell) if t.strip()]


def parse(data: bytes, mapping: dict[str, str] | None = None) -> Parsed:
    """Decode, split and check every row; duplicates of an email are errors on the later line.

    Raises:
        InvalidInput: the file as a whole is unusable (empty, no email column, broken
            quoting or encoding), naming the line.
    """
    decoded = decode_csv(data)
    text = decoded.text
    if not text.strip():
        raise InvalidInput("the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    records = _records(reader)
    headers = [h.strip() for h in next(records, (1, []))[1]]
    parsed = Parsed(columns=map_headers(headers, mapping))
    if decoded.legacy_lines:
        parsed.warnings.append((decoded.legacy_lines[0], decoded.note()))
    dates = _DateColumns(headers)
    first_line: dict[str, int] = {}
    for start, cells in records:
        if not any(c.strip() for c in cells):
            continue
        parsed.total += 1
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
            parsed.errors.append((start, f"{len(cells)} cells but the header has {len(headers)} columns"))
            continue
        if any("\x00" in c for c in cells):
            parsed.errors.append((start, "a cell holds a NUL character (\\x00), which is not text"))
            continue
        values: dict[str, Any] = {}
        tags: list[str] = []
        for index, name in parsed.columns.items():
            cell = cells[index].strip() if index < len(cells) else ""
            if name == "tags":
                tags = split_tags(cell)
            elif cell:
                values[name] = cell
        try:
            values["email"] = normalize_email(values.get("email"))
        except InvalidInput as exc:
            parsed.errors.append((start, str(exc)))
            continue
        if values["email"] in first_line:
            parsed.errors.append((start, f"email {values['email']} already on line {first_line[values['email']]}"))
            continue
        first_line[values["email"]] = start
        parsed.rows.append((start, values, tags))
        for index, name in parsed.columns.items():
            if name not in ("email", "tags") and name in values:
                dates.check(start, index, values[name])
    parsed.warnings += dates.done()
    parsed.warnings.sort()
    return parsed
