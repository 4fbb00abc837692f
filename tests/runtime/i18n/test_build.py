"""The runtime's catalogs: every message of the sources translated in es/fr/id, .mo in step with .po,
`{fields}` kept, the build deterministic, no text that cannot be translated as written."""

from __future__ import annotations

import gettext
import io

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from runtime.i18n import build
from runtime.i18n.extract import extract


@pytest.fixture(scope="module")
def found():
    return extract()


@pytest.mark.parametrize("lang", build.TARGETS)
def test_no_catalog_misses_a_message(found, lang):
    catalog = build.read(lang)
    assert build.missing(lang, catalog, found) == []
    assert build.broken_fields(lang, catalog) == []


def test_every_text_is_translatable_as_written(found):
    assert found.dynamic == []  # an f-string inside Text(...)/_()/tr() can never be in a catalog
    assert len(found.messages) > 600


@pytest.mark.parametrize("lang", build.TARGETS)
def test_compiled_catalog_matches_its_source(lang):
    po = build.po_path(lang)
    def key(m):
        return m.context, m.id if isinstance(m.id, str) else tuple(m.id)

    def value(m):
        return m.string if isinstance(m.string, str) else tuple(m.string)

    with po.open("rb") as f:
        source = {key(m): value(m) for m in read_po(f, locale=lang) if m.id and m.string}
    with po.with_suffix(".mo").open("rb") as f:
        compiled = {key(m): value(m) for m in read_mo(f) if m.id}
    assert compiled == source, "run `make translations` after editing a .po file"


@pytest.mark.parametrize("lang", build.TARGETS)
def test_rebuilding_changes_nothing(found, lang):
    """The coordinator settles merge conflicts by running the build: its output must be stable."""
    assert build.po_bytes(build.updated(lang, found)) == build.po_path(lang).read_bytes()


def test_spanish_comes_from_the_text_pairs(found):
    es = build.read("es")
    message = es.get("Send email")
    assert message is not None and message.string == "Enviar correo"
    assert found.messages[("Send email", None)].es == "Enviar correo"


def test_the_mo_files_load_with_gettext():
    t = gettext.GNUTranslations(io.BytesIO(build.po_path("fr").with_suffix(".mo").read_bytes()))
    assert t.gettext("Send email") == "Envoyer un e-mail"
    assert t.ngettext("{n} contact", "{n} contacts", 2) == "{n} contacts"
    assert t.pgettext("status", "failed") == "en échec"
