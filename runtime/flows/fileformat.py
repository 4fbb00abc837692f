"""Flow files (`*.caudal.json`): load and save, format v1.

Loading goes parse (with line numbers) -> migrate the plain dict to the current
schema_version -> check its shape -> resolve node types against the catalog -> build
the `Flow`. Any problem raises `FlowFileError` naming the file, line and node, and
nothing is returned. Saving writes canonical text (see `writer`), so for a canonical
file `dumps(loads(text)) == text`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from runtime.catalog.registry import Catalog
from runtime.catalog.types import Text
from runtime.flows import build as _build
from runtime.flows import migrations
from runtime.flows.errors import FileIssue, FlowFileError
from runtime.flows.jsonlines import JsonSyntaxError, LineMap, parse_fast
from runtime.flows.model import Flow
from runtime.flows.shape import check_shape
from runtime.flows.textcheck import check_text, too_deep_issue
from runtime.flows.writer import dumps, dumps_document, to_document

__all__ = [
    "FlowFileError",
    "dump",
    "dumps",
    "dumps_document",
    "from_document",
    "load",
    "loads",
    "read_document",
    "stored_document",
    "to_document",
]

T = Text
SUFFIX = ".caudal.json"


def read_document(text: str, source: str = "<text>") -> tuple[dict[str, Any], LineMap]:
    """Parse, migrate and shape-check flow file text; return the v1 document and its lines.

    Raises:
        FlowFileError: broken JSON, nesting too deep, a string that is not text (a lone
            surrogate, NUL), another format, a newer schema_version, a wrong shape.
    """
    try:
        raw, lines = parse_fast(text)
    except JsonSyntaxError as exc:
        issue = too_deep_issue(exc.line) if exc.code == "too_deep" else FileIssue("bad_json", T(
            "JSON no válido: {message}.", "invalid JSON: {message}.").format(message=exc.message), exc.line)
        raise FlowFileError(source, [issue]) from None
    return upgrade_document(raw, lines, source)


def upgrade_document(raw: Any, lines: LineMap | None, source: str) -> tuple[dict[str, Any], LineMap]:
    """Check a parsed document's text, migrate it to the current version, check its shape."""
    lines = lines or LineMap()
    issues = check_text(raw, lines)
    if issues:
        raise FlowFileError(source, issues)
    if not isinstance(raw, dict):
        _fail(source, "wrong_type", T("el archivo debe contener un objeto JSON.",
                                      "the file must hold a JSON object."), lines.line(()))
    fmt = raw.get("format")
    if "format" in raw and fmt != migrations.FORMAT:
        _fail(source, "wrong_format",
              T("no es un flujo de Caudal (format es {fmt!r}, se esperaba {expected!r}).",
                "not a Caudal flow (format is {fmt!r}, expected {expected!r}).")
              .format(fmt=fmt, expected=migrations.FORMAT),
              lines.line(()))
    version = migrations.document_version(raw)
    if version is None:
        _fail(source, "no_schema_version", T(
            "falta «schema_version» (un número entero).",
            "«schema_version» (a whole number) is missing."), lines.line(()))
    current = migrations.CURRENT_SCHEMA_VERSION
    if version > current:
        _fail(source, "newer_schema_version",
              T("el archivo es de schema_version {version}, más nuevo que el que entiende esta versión de Caudal "
                "({current}); actualice Caudal.",
                "the file has schema_version {version}, newer than this Caudal understands ({current}); "
                "update Caudal.").format(version=version, current=current),
              lines.line(()))
    if version < 0:
        _fail(source, "no_schema_version",
              T("schema_version {version} no existe.", "schema_version {version} does not exist.")
              .format(version=version),
            lines.line(()))
    doc, applied = migrations.migrate(raw, version)
    for step in applied:
        for old, new in step.moves:
            lines = lines.moved(old, new)
    issues = check_shape(doc, lines)
    if issues:
        raise FlowFileError(source, issues)
    return doc, lines


def stored_document(doc: Any, source: str = "<stored>") -> dict[str, Any]:
    """The current-version document of a stored flow (a draft or a frozen version).

    The store only holds documents written by `to_document`: one at the current
    schema_version comes back as it is (no copy, no check: the cheap path that
    `summary` and the list of flows take). An older one goes through `upgrade_document`
    (text and shape checks, then the migrations), which raises `FlowFileError` for
    what it cannot read.
    """
    if (isinstance(doc, dict) and doc.get("format") == migrations.FORMAT
            and migrations.document_version(doc) == migrations.CURRENT_SCHEMA_VERSION
            and isinstance(doc.get("flow"), dict)):
        return doc
    return upgrade_document(doc, None, source)[0]


def from_document(doc: Any, source: str = "<document>", catalog: Catalog | None = None,
                  lines: LineMap | None = None, strict: bool = True) -> Flow:
    """Build a `Flow` from a parsed document of any supported version.

    Args:
        doc: the plain dict (as parsed from a file or read from the database).
        source: how messages name where the document came from.
        catalog: node types to resolve against (default: the full catalog).
        lines: line numbers of the original text, if known.
        strict: refuse unknown node types and edges to missing nodes or ports (files).
            With False (designer drafts) those are left for `validate` to report.
    """
    doc, lines = upgrade_document(doc, lines, source)
    return _flow(doc, lines, source, catalog, strict)


def _flow(doc: dict[str, Any], lines: LineMap, source: str, catalog: Catalog | None, strict: bool) -> Flow:
    """The `Flow` of an upgraded, shape-checked document (see `from_document`)."""
    cat = _build.or_default(catalog)
    if strict:
        issues = _build.resolve(doc, lines, cat)
        if issues:
            raise FlowFileError(source, issues)
    return _build.build(doc, cat)


def loads(text: str, source: str = "<text>", catalog: Catalog | None = None,
          strict: bool = True) -> Flow:
    """The `Flow` in flow file `text`; `source` names it in messages."""
    doc, lines = read_document(text, source)
    return _flow(doc, lines, source, catalog, strict)


def read_text(path: str | Path) -> str:
    """A flow file's text (UTF-8, BOM tolerated); unreadable files raise `FlowFileError`."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        _fail(str(p), "unreadable", T("no se puede leer: {reason}.", "cannot be read: {reason}.")
                                    .format(reason=exc.strerror), None)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        _fail(str(p), "bad_encoding", T("el archivo no está en UTF-8.", "the file is not UTF-8."), line)


def load(path: str | Path, catalog: Catalog | None = None, strict: bool = True) -> Flow:
    """The `Flow` in the file at `path`."""
    return loads(read_text(path), str(path), catalog, strict)


def dump(flow: Flow, path: str | Path) -> None:
    """Write `flow` to `path` as canonical UTF-8 text (replacing the file whole)."""
    p = Path(path)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(dumps(flow), encoding="utf-8", newline="\n")
    tmp.replace(p)


def _fail(source: str, code: str, message: Text, line: int | None) -> NoReturn:
    raise FlowFileError(source, [FileIssue(code, message, line)])
