"""Languages: the shipped .qm files translate, the choice order is --lang > setting > system,
and every Spanish string in the .ts is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale

from designer.i18n import Translators, choose_language, translations_dir


def test_qm_files_ship_and_translate(qapp):
    for lang in ("es", "en"):
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
    assert choose_language(None, "en") == "en"
    assert choose_language("xx", None) in ("es", "en")
    QLocale.setDefault(QLocale("en_US"))  # QLocale.system() is the OS's; only check the fallback
    assert choose_language(None, None) in ("es", "en")


def test_every_spanish_string_is_translated():
    root = ET.parse(translations_dir() / "caudal_es.ts").getroot()
    untranslated = [
        f"{ctx.findtext('name')}: {m.findtext('source')}"
        for ctx in root.iter("context") for m in ctx.iter("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished"
        or not ((t.text or "").strip() or any((f.text or "").strip() for f in t.findall("numerusform")))
    ]
    assert untranslated == []
    assert sum(1 for _ in root.iter("message")) > 150
