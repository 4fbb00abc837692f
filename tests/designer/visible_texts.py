"""Every label a user can read in a widget tree, and the English ones left after a language switch.

Shared by the translation-coverage tests (imported by package path).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from designer.i18n import translations_dir

# Names and words that read the same in every language (proper names, units, formats).
ALLOWED = {"Caudal", "HubSpot", "Bitrix24", "English", "Español", "Français", "Bahasa Indonesia", "CSV", "SMTP",
           "cron", "Email", "OK", "HTML", "ID", "URL", "Webhook", "webhook", "Total", "Tags"}
# Common English words that never appear in our Spanish labels.
ENGLISH_WORDS = {"the", "and", "add", "new", "save", "open", "edit", "delete", "remove", "search", "name",
                 "flow", "flows", "contacts", "contact", "run", "rule", "group", "file", "view", "help",
                 "settings", "quit", "problems", "nodes", "versions", "inspector", "import", "export",
                 "select", "stop", "activate", "check", "language", "undo", "redo", "copy", "paste",
                 "duplicate", "zoom", "fit", "layout", "keep", "running", "window", "closed", "hide",
                 "inactive", "updated", "company", "stage", "first", "last", "value", "field", "next",
                 "runs", "of", "to", "with", "when", "is", "yes", "not", "this", "these", "all"}


IDENTIFIER = re.compile(r"[a-z_]+(\.[a-z_0-9]+)+|[A-Z]+")  # field paths, HTTP methods


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)  # rich text: the words only
    return re.sub(r"&(?!&)", "", text).replace("…", "").strip()


def known_translations(lang: str) -> set[str]:
    """Every text `lang` translates to (designer .ts and runtime .po): such a label is not English left,
    even when it reads like English ("Contacts" in French, "Filter" in Indonesian)."""
    from runtime.i18n.build import read

    found = set()
    root = ET.parse(translations_dir() / f"caudal_{lang}.ts").getroot()
    for t in root.iter("translation"):
        found.update(_plain(x) for x in [t.text or "", *(f.text or "" for f in t.findall("numerusform"))])
    for message in read(lang):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found.update(_plain(s) for s in strings if s)
    return found - {""}


def english_sources(lang: str = "es") -> set[str]:
    """English source strings whose `lang` translation differs (so English means untranslated)."""
    root = ET.parse(translations_dir() / f"caudal_{lang}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        t = message.find("translation")
        forms = [t.text or ""] if t is not None and not t.findall("numerusform") else [
            f.text or "" for f in (t.findall("numerusform") if t is not None else [])]
        if "%" in source or not source.strip():
            continue
        if all(_plain(f) != _plain(source) for f in forms):
            found.add(_plain(source))
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every label, button, action, menu, tab, dock title, tooltip and header."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        add(f"{name}.toolTip", w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(f"{name}.text", w.text())
        if isinstance(w, QLineEdit):
            add(f"{name}.placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(f"{name}.title", w.title())
        if isinstance(w, QDockWidget):
            add(f"{name}.title", w.windowTitle())
        if isinstance(w, QMenu):
            add(f"{name}.title", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}.tab{i}", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}.item{i}", w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private
                columns = 0
            for c in range(columns):
                add(f"{name}.header{c}", model.headerData(c, Qt.Orientation.Horizontal))
    for action in root.findChildren(QAction):
        add(f"QAction({action.objectName()})", action.text())
        add(f"QAction({action.objectName()}).toolTip", action.toolTip() if action.toolTip() != _plain(
            action.text()) else "")
    return out


def english_left(root: QWidget, sources: set[str] | None = None, known: set[str] = frozenset()) -> list[str]:
    """The labels under `root` that are still English, as "where: text" (`known`: the language's own texts)."""
    sources = english_sources() if sources is None else sources
    left = []
    for where, text in visible_texts(root):
        plain = _plain(str(text))
        if plain in ALLOWED or IDENTIFIER.fullmatch(plain) or plain in known or re.sub(r"\d+", "%n", plain) in known:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", plain)} - {a.lower() for a in ALLOWED}
        if plain in sources or (words and words <= ENGLISH_WORDS | {w for w in words if len(w) < 3}
                                and words & ENGLISH_WORDS):
            left.append(f"{where}: {text}")
    return left
