"""Picks the editor widget for a ConfigField kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from designer.panels.inspector.base import FieldEditor, tr
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
from designer.panels.inspector.field_values import FieldValuesEditor, use_key
from designer.panels.inspector.picker import Pick, PickerEditor
from designer.panels.inspector.sources import Choices
from designer.panels.inspector.tables import (
    BranchesEditor,
    CasesEditor,
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


def _use(text: str) -> str:
    return tr("Use «%1»").replace("%1", text)


def _new_tag(text: str) -> str:
    return tr("Create the tag «%1»").replace("%1", text)


def _zones() -> list[Pick]:
    return [Pick(z, z or tr("(the flow's time zone)"), "", z) for z in TIMEZONES]


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
        return PickerEditor(_zones, _use)
    if kind == K.FIELD:
        return PickerEditor(choices.field_picks, use_key)
    if kind == K.FIELD_LIST:
        return CheckListEditor(lambda: [(p.value, choices.field_label(p.value)) for p in choices.field_picks()])
    if kind == K.FIELD_VALUES:
        return FieldValuesEditor(choices)
    if kind == K.TAG:
        return PickerEditor(choices.tag_picks, _new_tag, choices.remember_tag)
    if kind == K.USER:
        return PickerEditor(lambda: choices.user_picks(owner=field.default == "owner"), _use,
                            placeholder="" if field.required else tr("(nobody)"))
    if kind == K.USER_LIST:
        return CheckListEditor(choices.users)
    if kind == K.PIPELINE:
        return PickerEditor(choices.pipeline_picks, _use)
    if kind == K.STAGE:
        return PickerEditor(lambda: choices.stage_picks(str(config().get("pipeline") or "")), _use)
    if kind == K.RECIPIENT:  # the catalog's receivers (contact, owner, deal owner), else the old pair; users
        return PickerEditor(lambda: [Pick(v, t) for v, t in fixed or [(v, t.get(lang)) for v, t in RECIPIENTS]]
                            + [Pick(p.value, p.label, p.group, p.hint) for p in choices.user_picks()], _use)
    if kind == K.FLOW:
        return PickerEditor(choices.flow_picks, _use)
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
