"""Reading a contacts CSV: encoding, separator, header mapping and per-row checks (no database).

Encodings: UTF-8 with or without BOM, else Windows-1252 (Excel's "ANSI" in Spain and
France), else Latin-1. Separators: "," or ";" (csv.Sniffer limited to those two, falling
back to counting them in the header line). Headers map to fields through aliases in
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

from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.text import fold, normalize_email, slug
from runtime.i18n import N_
from runtime.i18n.formats import parse_date

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
    """What a file holds: good rows (line, values, tags) and bad rows (line, reason)."""

    columns: dict[int, str]  # column index -> field ("email", ..., "tags", or a custom key)
    rows: list[tuple[int, dict[str, Any], list[str]]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    total: int = 0


def decode(data: bytes) -> str:
    """UTF-8 (BOM or not), else cp1252, else Latin-1 (which never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;").delimiter
    except csv.Error:
        return ";" if header.count(";") > header.count(",") else ","


def map_headers(headers: list[str], mapping: dict[str, str] | None) -> dict[int, str]:
    """Column index -> field. Raises InvalidInput for two columns on one field or no email."""
    explicit = {header_key(k): v.strip() for k, v in (mapping or {}).items()}
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
                N_('columns {first} ({first_header!r}) and {second} ({header!r}) both map to {target!r}; use --map to tell them apart').format(
                    first=seen[target] + 1, first_header=headers[seen[target]], second=index + 1, header=header, target=target)
            )
        seen[target] = index
        columns[index] = target
    if "email" not in seen:
        raise InvalidInput(N_('no email column (headers: {headers}); use --map HEADER=email').format(headers=', '.join(headers)))
    return columns


def split_tags(cell: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,|]", cell) if t.strip()]


_LOCAL_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")


def local_date(cell: str, lang: str | None) -> str:
    """A date written the way `lang` writes it ("03/04/2026" is 3 April in es/fr/id, 4 March in en)
    as ISO 2026-04-03, which date rules and waits read; any other text as it is."""
    if lang is None or not _LOCAL_DATE.match(cell):
        return cell
    try:
        return parse_date(cell.replace(".", "/"), lang).isoformat()
    except ValueError:
        return cell


def parse(data: bytes, mapping: dict[str, str] | None = None, dates: str | None = None) -> Parsed:
    """Decode, split and check every row; duplicates of an email are errors on the later line.

    `dates`: the language whose day/month order reads dates like 03/04/2026 (None: kept as text).
    """
    text = decode(data)
    if not text.strip():
        raise InvalidInput("the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    headers = [h.strip() for h in next(reader)]
    parsed = Parsed(columns=map_headers(headers, mapping))
    first_line: dict[str, int] = {}
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        parsed.total += 1
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers):]):
            parsed.errors.append((start, N_("{cells} cells but the header has {columns} columns").format(
                cells=len(cells), columns=len(headers))))
            continue
        values: dict[str, Any] = {}
        tags: list[str] = []
        for index, name in parsed.columns.items():
            cell = cells[index].strip() if index < len(cells) else ""
            if name == "tags":
                tags = split_tags(cell)
            elif cell:
                values[name] = local_date(cell, dates)
        try:
            values["email"] = normalize_email(values.get("email"))
        except InvalidInput as exc:
            parsed.errors.append((start, str(exc)))
            continue
        if values["email"] in first_line:
            parsed.errors.append((start, N_("email {email} already on line {line}").format(
                email=values["email"], line=first_line[values["email"]])))
            continue
        first_line[values["email"]] = start
        parsed.rows.append((start, values, tags))
    return parsed
