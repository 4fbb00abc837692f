"""`python -m runtime.i18n.build` (part of `make translations`): the runtime's gettext catalogs from the sources.

1. extract.py finds every message (Text pairs, Msg/_/N_/tr/trn, literal CliError/StepError);
2. each language's runtime/i18n/locale/<lang>/LC_MESSAGES/caudal.po is updated: new
   messages added, gone ones dropped, a changed English text starts untranslated;
   Spanish takes the text of each `Text(es, en)` pair;
3. the .mo files are compiled (committed, so a fresh clone needs no build step).
The output is deterministic (sorted, no dates, no line numbers): rerunning it changes nothing.
`--check` exits 1 when a catalog misses a translation or a translation breaks a `{field}`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from runtime import __version__
from runtime.i18n.catalogs import DOMAIN, locale_dir
from runtime.i18n.extract import Extraction, extract
from runtime.i18n.languages import CODES, LANGUAGES, SOURCE
from runtime.i18n.text import fields_of

FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # no build date in the files: reruns change nothing
TARGETS = tuple(code for code in CODES if code != SOURCE)
# gettext's usual rules (CLDR's newer ones add a "many" form for millions that no one translates)
PLURALS = {"es": (2, "(n != 1)"), "fr": (2, "(n > 1)"), "id": (1, "0")}
HEADER = "# Caudal's runtime texts in {name}.\n# Edit msgstr lines; `make translations` keeps the rest.\n#"


def po_path(lang: str) -> Path:
    return locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _new_catalog(lang: str | None) -> Catalog:
    name = LANGUAGES[lang].name if lang else "English"
    catalog = Catalog(locale=lang, domain=DOMAIN, project="Caudal", version=__version__,
                      header_comment=HEADER.format(name=name), creation_date=FIXED_DATE,
                      revision_date=FIXED_DATE, language_team=name, fuzzy=False)
    return _plurals(catalog, lang)


def _plurals(catalog: Catalog, lang: str | None) -> Catalog:
    if lang in PLURALS:
        number, expression = PLURALS[lang]  # Babel has no public setter
        setattr(catalog, "_num_plurals", number)  # noqa: B010
        setattr(catalog, "_plural_expr", expression)  # noqa: B010
    return catalog


def template(found: Extraction) -> Catalog:
    """The extracted messages as a template catalog (what a .pot would hold)."""
    catalog = _new_catalog(None)
    for (msgid, context), m in sorted(found.messages.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        flags = ["python-brace-format"] if fields_of(msgid) else []
        places = sorted({(p.rsplit(":", 1)[0], 0) for p in m.places})
        catalog.add((msgid, m.plural) if m.plural else msgid, locations=places, flags=flags, context=context)
    return catalog


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return _new_catalog(lang)
    with path.open("rb") as f:
        return _plurals(read_po(f, locale=lang, domain=DOMAIN), lang)


def _translated(message: object) -> bool:
    text = getattr(message, "string", "")
    texts = text if isinstance(text, tuple | list) else [text]
    return bool(texts) and all(t for t in texts) and not getattr(message, "fuzzy", False)


def updated(lang: str, found: Extraction) -> Catalog:
    """`lang`'s catalog brought up to the sources (Spanish seeded from Text pairs)."""
    catalog = read(lang)
    catalog.update(template(found), no_fuzzy_matching=True, update_creation_date=False)
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    catalog.obsolete.clear()
    if lang == "es":
        for (msgid, context), m in found.messages.items():
            if m.es and not m.plural:
                message = catalog.get(msgid, context=context)
                if message is not None:
                    message.string = m.es
                    message.flags.discard("fuzzy")
    return catalog


def missing(lang: str, catalog: Catalog, found: Extraction) -> list[str]:
    """Messages of the sources that `catalog` does not translate (Spanish: unless a Text pair gives it)."""
    out = []
    for (msgid, context), m in sorted(found.messages.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if lang == "es" and m.es:
            continue
        message = catalog.get(msgid, context=context)
        if message is None or not _translated(message):
            out.append(f"{lang}: {msgid!r}" + (f" ({context})" if context else "") + f"  [{m.places[0]}]")
    return out


def broken_fields(lang: str, catalog: Catalog) -> list[str]:
    """Translations whose `{fields}` differ from their English text's."""
    out = []
    for message in catalog:
        if not message.id or not _translated(message):
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        want = set().union(*(fields_of(str(i)) for i in ids)) - {"n"}
        for s in strings:
            if fields_of(str(s or "")) - {"n"} != want:
                out.append(f"{lang}: {ids[0]!r} -> {s!r}")
    return out


def po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, sort_output=True, ignore_obsolete=True, include_lineno=False)
    return buf.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def build(check: bool = False) -> int:
    found = extract()
    problems: list[str] = []
    for lang in TARGETS:
        catalog = updated(lang, found)
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        path.with_suffix(".mo").write_bytes(mo_bytes(catalog))
        gaps = missing(lang, catalog, found)
        print(f"{path.relative_to(locale_dir().parent.parent.parent)}: {len(catalog)} messages, "
              f"{len(gaps)} untranslated")
        problems += gaps + broken_fields(lang, catalog)
    for line in found.dynamic:
        print(f"not translatable as written (use {{fields}}): {line}")
    for line in found.conflicts:
        print(f"two Spanish texts for one English text: {line}")
    for line in problems:
        print(f"missing: {line}")
    return 1 if check and (problems or found.dynamic) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m runtime.i18n.build")
    parser.add_argument("--check", action="store_true", help="fail when a translation is missing or broken")
    return build(parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
