"""Picks the editor widget for a ConfigField kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from designer.panels.inspector.base import FieldEditor
from designer.panels.inspector.condition import ConditionEditor
from designer.panels.inspector.cron import CronEditor
from designer.panels.inspector.editors import (
    BooleanEditor,
    CheckListEditor,
    ComboEditor,
    IntegerEditor,
    TemplateEditor,
    TextEditor,
    TimeEditor,
)
from designer.panels.inspector.email_pickers import AccountPicker, TemplatePicker
from designer.panels.inspector.sources import Choices
from designer.panels.inspector.tables import (
    BranchesEditor,
    CasesEditor,
    FieldValuesEditor,
    KeyValuesEditor,
    UserRulesEditor,
)
from runtime.catalog.types import ConfigField, FieldKind, Text

K = FieldKind
RECIPIENTS = [("contact", Text("El contacto", "The contact")),
              ("owner", Text("El propietario", "The owner"))]
TIMEZONES = ["", "Europe/Madrid", "Atlantic/Canary", "Europe/London", "Europe/Paris",
             "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires",
             "America/Santiago", "America/Lima", "America/New_York", "Asia/Jakarta", "UTC"]


def make_editor(field: ConfigField, lang: str, choices: Choices,
                config: Callable[[], dict[str, Any]]) -> FieldEditor:
    """The editor for `field`; `config` gives the node's current config (for dependent lists)."""
    kind = field.kind
    fixed = [(c.value, c.title.get(lang)) for c in field.choices]
    if kind in (K.TEMPLATE, K.LONG_TEMPLATE):
        return TemplateEditor(choices, multiline=kind == K.LONG_TEMPLATE)
    if kind == K.INTEGER:
        return IntegerEditor(field)
    if kind == K.NUMBER:
        return IntegerEditor(field, decimals=2)
    if kind == K.BOOLEAN:
        return BooleanEditor(field.title.get(lang))
    if kind == K.CHOICE:
        return ComboEditor(lambda: fixed, editable=False)
    if kind in (K.MULTI_CHOICE, K.WEEKDAYS):
        return CheckListEditor(lambda: fixed, rows=7)
    if kind == K.CONDITION:
        return ConditionEditor(choices, lang)
    if kind == K.CRON:
        return CronEditor(lang, lambda: str(config().get("timezone") or "Europe/Madrid"))
    if kind == K.TIME:
        return TimeEditor()
    if kind == K.TIMEZONE:
        return ComboEditor(lambda: [(z, z) for z in TIMEZONES], editable=True)
    if kind == K.FIELD:
        return ComboEditor(lambda: [(p, p) for p in choices.field_paths()], editable=True)
    if kind == K.FIELD_LIST:
        return CheckListEditor(lambda: [(p, p) for p in choices.field_paths()])
    if kind == K.FIELD_VALUES:
        return FieldValuesEditor(choices.field_paths)
    if kind == K.TAG:
        return ComboEditor(lambda: [(t, t) for t in choices.tags()], editable=True)
    if kind == K.USER:
        owner = [("owner", Text("El propietario", "The owner").get(lang))]
        return ComboEditor(lambda: owner + choices.users(), editable=True)
    if kind == K.USER_LIST:
        return CheckListEditor(choices.users)
    if kind == K.PIPELINE:
        return ComboEditor(
            lambda: [(str(p.get("name")), str(p.get("name"))) for p in choices.pipelines()],
            editable=True)
    if kind == K.STAGE:
        return ComboEditor(
            lambda: [(s, s) for s in choices.stages(str(config().get("pipeline") or ""))],
            editable=True)
    if kind == K.RECIPIENT:  # the catalog's receivers (contact, owner, deal owner), else the old pair
        return ComboEditor(lambda: fixed or [(v, t.get(lang)) for v, t in RECIPIENTS], editable=True)
    if kind == K.EMAIL_ACCOUNT:
        return AccountPicker(choices)
    if kind == K.EMAIL_TEMPLATE:
        return TemplatePicker(choices)
    if kind == K.KEY_VALUES:
        return KeyValuesEditor()
    if kind == K.CASES:
        return CasesEditor()
    if kind == K.BRANCHES:
        return BranchesEditor()
    if kind == K.USER_RULES:
        return UserRulesEditor()
    if fixed:
        return ComboEditor(lambda: fixed, editable=False)
    return TextEditor()  # TEXT, URL, FLOW and kinds added later
