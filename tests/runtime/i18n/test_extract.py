"""Extraction finds both source forms (Text pairs, English-only calls), follows aliases across
modules, reads pair helpers, and names the texts that cannot be translated as written."""

from __future__ import annotations

from pathlib import Path

from runtime.i18n.extract import extract


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_both_forms_aliases_helpers_and_dynamic_texts(tmp_path):
    files = [
        write(tmp_path, "runtime/shared.py", "from runtime.catalog.types import Text\nT = Text\n"),
        write(tmp_path, "runtime/a.py", (
            "from runtime.shared import T\n"
            "from runtime.i18n import Msg, N_, _, _n, tr\n"
            "X = T('Hola', 'Hello')\n"
            "Y = T('Cuerpo', 'Body', context='webhook')\n"
            "Z = T(f'Hola {x}', f'Hello {x}')\n"
            "def problem(f, code, es, en):\n    return T(es, en)\n"
            "problem(1, 'c', 'falta', 'missing')\n"
            "Msg('English only')\n"
            "_('In the CLI {name}').format(name=1)\n"
            "_n('{n} file', '{n} files', 2)\n"
            "tr('fr', 'Translated now')\n"
            "N_('Stored, shown later')\n"
            "raise StepError('create_task: the task has no title')\n"
        )),
    ]
    found = extract(files, root=tmp_path)
    messages = found.messages
    assert messages[("Hello", None)].es == "Hola"
    assert messages[("Body", "webhook")].es == "Cuerpo"
    assert messages[("missing", None)].es == "falta"
    assert messages[("{n} file", None)].plural == "{n} files"
    for msgid in ("English only", "In the CLI {name}", "Translated now", "Stored, shown later",
                  "the task has no title"):
        assert (msgid, None) in messages, msgid
    assert [d.split(":")[0] for d in found.dynamic] == ["runtime/a.py"]
    assert "Hello {x}" in found.dynamic[0]


def test_two_spanish_texts_for_one_english_text_are_reported(tmp_path):
    f = write(tmp_path, "runtime/b.py", "from runtime.catalog.types import Text\nText('a', 'x')\nText('b', 'x')\n")
    found = extract([f], root=tmp_path)
    assert len(found.conflicts) == 1 and "«x»" in found.conflicts[0]
