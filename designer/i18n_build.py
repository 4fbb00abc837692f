"""`python -m designer.i18n_build` (`make translations`): .ts from the sources, translations filled, .qm built.

1. pyside6-lupdate scans designer/**/*.py into resources/translations/caudal_<lang>.ts
   for every language of runtime.i18n.LANGUAGES (existing translations are kept). lupdate
   files a call of a
   module-level helper (`def tr(text): return QCoreApplication.translate("Inspector",
   text)`) under the empty context, or misses it (`_tr`), while Qt looks it up under the
   helper's context at run time: `helpers.py` finds such calls and files them under the
   helper's context.
2. Each language's texts come from resources/translations/<lang>.json (source text ->
   translation; a list of plural forms for "%n" strings, as many as the language has;
   "Context|source" keys for one context only). English is the source text (plural forms
   derived from "(s)"). A new language is one more <lang>.json and its LANGUAGES entry.
3. pyside6-lrelease builds the .qm files, which are committed so a fresh clone works
   without the Qt tools. `--check` exits 1 when a translation is missing.
The output depends only on the sources and the .json files: rerunning it changes nothing,
so conflicting .ts/.qm files are resolved by running it again.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from designer.i18n_helpers import helper_messages
from runtime.i18n.languages import LANGUAGES, SOURCE

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = {code: language.locale for code, language in LANGUAGES.items()}
NUMERUS = {"id": 1}  # plural forms Qt expects per language (2 when not listed)
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = here if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return str(found)


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "designer").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path, lang: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    "-source-language", "en_US", "-target-language", LANGS[lang], *files,
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True, capture_output=True)


def file_helper_messages(ts: Path) -> None:
    """Put helper-translated strings under their helper's context (see the module docstring)."""
    found: dict[str, list[str]] = {}
    plural: set[str] = set()
    for ctx, texts in helper_messages(sources(), ROOT).items():
        name = ctx.removesuffix("#plural")
        if name != ctx:
            plural.update(texts)
        found.setdefault(name, []).extend(t for t in texts if t not in found.get(name, []))
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    moved = {text for texts in found.values() for text in texts}
    empty = contexts.get("")
    old: dict[str, ET.Element] = {}
    if empty is not None:
        for message in list(empty.iter("message")):
            source = message.findtext("source") or ""
            if source in moved:
                old[source] = message
                empty.remove(message)
        if not list(empty.iter("message")):
            root.remove(empty)
    for ctx, texts in sorted(found.items()):
        context = contexts.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
        have = {m.findtext("source") for m in context.iter("message")}
        for text in texts:
            if text in have:
                continue
            message = copy.deepcopy(old[text]) if text in old else ET.Element("message")
            if text not in old:
                ET.SubElement(message, "source").text = text
                ET.SubElement(message, "translation", type="unfinished")
            if text in plural:
                message.set("numerus", "yes")
            context.append(message)
    tree.write(ts, encoding="unicode")


def english_plural(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill(ts: Path, lang: str, glossary: dict[str, object]) -> list[str]:
    """Write translations into `ts`; return the sources still missing one."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            plural = message.get("numerus") == "yes"
            if lang == SOURCE:
                value: object = english_plural(source) if plural else source
            else:
                value = glossary.get(f"{ctx}|{source}", glossary.get(source))
            if value is None:
                has_text = bool((translation.text or "").strip()) or any(
                    (f.text or "").strip() for f in translation.findall("numerusform"))
                if not has_text or translation.get("type") == "unfinished":
                    missing.append(f"{ctx}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            if plural:
                forms = value if isinstance(value, list) else [value]
                count = NUMERUS.get(lang, 2)
                forms = (forms + forms[-1:] * count)[:count]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value[0] if isinstance(value, list) else str(value)
            translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return missing


def glossary(lang: str) -> dict[str, object]:
    """resources/translations/<lang>.json (empty for English, the source language)."""
    path = TS_DIR / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def build(check: bool = False) -> int:
    missing: list[str] = []
    for lang in LANGS:
        ts = TS_DIR / f"caudal_{lang}.ts"
        run_lupdate(ts, lang)
        file_helper_messages(ts)
        gaps = fill(ts, lang, glossary(lang))
        missing += [f"{lang}: {gap}" for gap in gaps]
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}: {len(gaps)} missing")
    for line in missing:
        print(f"missing: {line}")
    return 1 if check and missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m designer.i18n_build")
    parser.add_argument("--check", action="store_true", help="fail if a translation is missing")
    return build(parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
