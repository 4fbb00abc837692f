"""After switching to Spanish, French or Indonesian no English label is left in the main window,
the inspector forms (condition builder, tables, cron) or the canvas undo texts."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import pytest

from designer.i18n_build import ROOT, sources
from designer.i18n_helpers import helper_messages
from runtime.catalog import get_catalog
from tests.designer.shell_fixtures import db, demo, make_window, settings, translators  # noqa: F401
from tests.designer.visible_texts import english_left, english_sources, known_translations


@pytest.mark.parametrize("lang", ["es", "fr", "id"])
def test_no_english_label_left(db, make_window, translators, lang):
    demo(db)
    translators.install("en")
    window = make_window()  # built in English, then switched: every label must follow
    window.set_language(lang)
    sources = english_sources(lang)
    known = known_translations(lang)
    assert "Add rule" in sources and "File" in sources
    left = english_left(window, sources, known)
    for type_id in ("decision.if", "decision.switch", "decision.split", "trigger.schedule",
                    "action.webhook", "action.update_field", "action.send_email"):
        if get_catalog().get(type_id) is None:
            continue
        uid = window.editor.add_node_at_center(type_id)
        window.editor.select_node(uid)
        left += english_left(window.editor.inspector_widget, sources, known)
    window.tabs.setCurrentIndex(1)
    left += english_left(window, sources, known)
    assert left == []


def test_helper_strings_are_filed_under_the_helpers_context():
    found = helper_messages(sources(), ROOT)
    assert {"Add rule", "Add group", "Next runs:", "Value"} <= set(found["Inspector"])
    assert "Node %1: unknown node type “%2”." in found["FlowCanvas"]


def test_inspector_and_canvas_strings_translate(qapp, translators):
    from PySide6.QtCore import QCoreApplication

    translators.install("es")
    assert QCoreApplication.translate("Inspector", "Add rule") == "Añadir regla"
    assert QCoreApplication.translate("Inspector", "Percent") == "Porcentaje"
    assert QCoreApplication.translate("CanvasDocument", "Delete %n node(s)", "", 2) == "Borrar 2 nodos"
