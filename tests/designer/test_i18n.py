"""Languages: the shipped .qm files translate, the choice order is --lang > setting > system,
every string in the Spanish, French and Indonesian .ts is translated, and a switch moves the
runtime's texts and the locale (dates, numbers, first weekday) along."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from designer.i18n import LANGUAGES, Translators, choose_language, translations_dir, when
from runtime import i18n


def test_qm_files_ship_and_translate(qapp):
    for lang in LANGUAGES:
        assert (translations_dir() / f"caudal_{lang}.qm").stat().st_size > 0
    t = Translators()
    try:
        assert t.install("es")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 3) == "3 contactos"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 1) == "1 contacto"
        assert t.install("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 1) == "1 contact"
    finally:
        t.install("es")


def test_choice_order(qapp):
    assert choose_language("en", "es") == "en"
    assert choose_language("fr", "es") == "fr" and choose_language(None, "id") == "id"
    assert choose_language(None, "en") == "en"
    assert choose_language("xx", None) in ("es", "en")
    QLocale.setDefault(QLocale("en_US"))  # QLocale.system() is the OS's; only check the fallback
    assert choose_language(None, None) in ("es", "en")


def test_french_and_indonesian_translate(qapp):
    t = Translators()
    try:
        assert t.install("fr")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 0) == "0 contact"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 3) == "3 contacts"
        assert t.install("id")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
        assert QCoreApplication.translate("ContactsView", "%n contact(s)", "", 3) == "3 kontak"
    finally:
        t.install("es")


def test_a_switch_moves_runtime_texts_and_locale(qapp):
    t = Translators()
    try:
        t.install("fr")
        assert i18n.language() == "fr" and i18n.Msg("the contact has no owner").get(i18n.language()) == (
            "le contact n'a pas de propriétaire")
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert re.fullmatch(r"\d\d/\d\d/2026 \d\d:\d\d", when(1795269900))  # 21/11/2026 09:25 in UTC
        t.install("id")
        assert QLocale().language() == QLocale.Language.Indonesian
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    finally:
        t.install("es")


@pytest.mark.parametrize("lang", ["es", "fr", "id"])
def test_every_string_is_translated(lang):
    root = ET.parse(translations_dir() / f"caudal_{lang}.ts").getroot()
    untranslated = [
        f"{ctx.findtext('name')}: {m.findtext('source')}"
        for ctx in root.iter("context") for m in ctx.iter("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
        or not ((t.text or "").strip() or any((f.text or "").strip() for f in t.findall("numerusform")))
    ]
    assert untranslated == []
    assert sum(1 for _ in root.iter("message")) > 150
