"""Translate an English text that was filled in and stored (a step's error, an outbox note) when it is shown.

The engine stores errors in English, already filled ("no user 'eva@acme.es'"). Shown in
another language, the text is looked up as it is, and failing that matched against the
catalog's templates ("no user {user}"): the template is translated and refilled with the
values read back, which are themselves translated when they are catalog texts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from runtime.i18n.catalogs import entries, lookup, translations
from runtime.i18n.languages import SOURCE
from runtime.i18n.text import fields_of

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(![rsa])?(:[^{}]*)?\}")  # {name}, {name!r}, {n:.1f}
_PREFIX = re.compile(r"^[a-z_]+(\.[a-z_]+)?: (?=\S)")  # "create_task: ", "wait.until_time: "
_MAX_DEPTH = 4


@cache
def _templates(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, template) for each catalog msgid with fields, the most specific first."""
    catalog = entries(translations(lang))
    found = []
    for key in catalog:
        msgid = key[0] if isinstance(key, tuple) else key
        if not isinstance(msgid, str) or "\x04" in msgid or "{" not in msgid or "{{" in msgid:
            continue
        names = fields_of(msgid)
        literal = _FIELD.sub("", msgid)
        if not names or len(literal.strip(" :;,.«»()'\"")) < 3:
            continue  # "{a}: {b}" would match anything
        pattern, seen, last = "", set(), 0
        for m in _FIELD.finditer(msgid):
            pattern += re.escape(msgid[last:m.start()])
            name = m.group(1)
            pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
            last = m.end()
        pattern += re.escape(msgid[last:])
        found.append((len(literal), re.compile(pattern + r"\Z", re.S), msgid))
    found.sort(key=lambda x: -x[0])
    return [(p, t) for _, p, t in found]


@lru_cache(maxsize=4096)
def translate_rendered(lang: str, text: str, _depth: int = 0) -> str:
    """`text` (English, maybe filled from a template) in `lang`; as it is when no template fits."""
    if lang == SOURCE or not text:
        return text
    exact = lookup(lang, text)
    if exact is not None:
        return exact
    for pattern, template in _templates(lang):
        m = pattern.match(text)
        if m is None:
            continue
        values = m.groupdict()
        if _depth < _MAX_DEPTH:  # a filled-in sentence may hold another; a single word is data
            values = {k: translate_rendered(lang, v, _depth + 1) if " " in v else _word(lang, k, v)
                      for k, v in values.items()}
        translated = _FIELD.sub(r"{\1}", lookup(lang, template) or template)  # the values are already written
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return text
    prefix = _PREFIX.match(text)  # "contact.evento: «31/02/2026» is not a valid date": the field stays
    if prefix is not None and _depth < _MAX_DEPTH:
        rest = translate_rendered(lang, text[prefix.end():], _depth + 1)
        return text if rest == text[prefix.end():] else text[:prefix.end()] + rest
    return text


def _word(lang: str, name: str, value: str) -> str:
    """A one-word field: a status ("failed") has its translation under the context "status"."""
    return (lookup(lang, value, context="status") or value) if name == "status" else value


def without_prefix(text: str) -> str:
    """An error without the node type's id in front ("create_task: the task has no title" -> "the task...")."""
    return _PREFIX.sub("", text.strip(), count=1)
