"""Every editor of every node type, driven by real key events, ends up in the saved flow JSON.

For each catalog node type, each config field and two cases (a value the CRM already
knows, and a new one), a node is edited in the main window's inspector only through
mouse clicks and key presses sent to the widget that has the focus (as a keyboard
would), the flow is saved with Ctrl+S and exported as a `*.caudal.json` file, and
the node's whole config in that file must be exactly the expected one: the edited
field holds the typed value (never "None") and no other field changed.
"""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from runtime.catalog import get_catalog
from runtime.catalog.types import ConfigField, FieldKind
from runtime.email import EmailTemplate, save_template
from runtime.flows import repository
from runtime.flows.fileformat import dump
from runtime.flows.model import Flow, Node
from tests.designer.shell_fixtures import db, demo, make_window, settings, translators  # noqa: F401

K = FieldKind
CASES = ("existing", "new")


class Keys:
    """Input as a person gives it: clicks on widgets, keys to whatever has the focus."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            if ch.isascii():
                self.qtbot.keyClick(self.focus(), ch)
            else:  # QTest's char keys are ASCII only: "í" is a key event carrying its text
                QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Qt.Key.Key_unknown, ch,
                                   Qt.KeyboardModifier.NoModifier)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        QApplication.processEvents()  # queued reactions (a table cell commits on Enter that way)

    def focus_on(self, widget: QWidget) -> None:
        """Give `widget` the focus, as tabbing to it would."""
        widget.window().activateWindow()
        QApplication.processEvents()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        assert widget.hasFocus(), f"{widget} did not take the focus"

    def click(self, widget: QWidget) -> None:
        QApplication.processEvents()  # widgets just added to a shown form show up
        assert widget.isVisible(), f"{widget} is not visible"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        clickable = bool(widget.focusPolicy() & Qt.FocusPolicy.ClickFocus)
        if clickable and QApplication.activePopupWidget() is None and not widget.hasFocus():
            self.focus_on(widget)  # what the window system does on a click (offscreen, after a popup, not)

    def replace(self, widget: QWidget, text: str) -> None:
        """Click a text field, select all its text, type `text` and press Enter."""
        self.click(widget)
        self.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)
        self.key(Qt.Key.Key_Return)

    def pick(self, picker: Any, text: str) -> None:
        """Open a picker with a click, type into its search, press Enter."""
        self.click(picker.combo)
        assert picker.combo.popup_widget is not None and picker.combo.popup_widget.isVisible()
        self.type(text)
        self.key(Qt.Key.Key_Return)


# --- one driver per field kind: returns the value the saved config must hold -------------

def _text(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    value = {"existing": "Texto de prueba", "new": "Otro texto 2"}[case]
    if field.kind == K.URL:
        value = {"existing": "https://ejemplo.es/a", "new": "https://ejemplo.es/b?x=1"}[case]
    if field.kind == K.RECIPIENT_LIST:
        value = {"existing": "owner, jefa@ejemplo.es", "new": "{{ contact.email }}"}[case]
    keys.replace(editor.line, value)
    return value


def _template(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.text)
    keys.type("Hola ")
    if case == "existing":  # the merge-field picker, searched by its Spanish label
        keys.click(editor.picker)
        keys.type("nombre")
        keys.key(Qt.Key.Key_Return)
        return "Hola {{ contact.first_name }}"
    keys.type("{{ contact.city }}")
    return "Hola {{ contact.city }}"


def _long_template(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.text)
    keys.type("Línea uno")
    keys.key(Qt.Key.Key_Return)
    keys.type("Línea dos" if case == "new" else "Adiós")
    return "Línea uno\n" + ("Línea dos" if case == "new" else "Adiós")


def _integer(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    value = {"existing": 7, "new": 12}[case]
    keys.replace(editor.box, str(value))
    return float(value) if field.kind == K.NUMBER else value


def _boolean(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    before = editor.check.isChecked()
    keys.focus_on(editor.check)
    keys.key(Qt.Key.Key_Space)
    return not before


def _choice(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.focus_on(editor.combo)
    keys.key(Qt.Key.Key_End if case == "new" else Qt.Key.Key_Home)
    values = [c.value for c in field.choices]
    return values[-1] if case == "new" else values[0]


def _checklist(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    """Space on an item toggles it: the first item ("existing") or the last one ("new")."""
    lst = editor.list
    keys.focus_on(lst)
    row = 0 if case == "existing" else lst.count() - 1
    keys.key(Qt.Key.Key_Home)
    for _ in range(row):
        keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_Space)
    value = lst.item(row).data(Qt.ItemDataRole.UserRole)
    before = list(config.get(field.name) or [])
    order = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
    after = set(before) ^ {value}
    return [v for v in order if v in after]


def _condition(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.group.add_rule)
    row = editor.group.children_[-1]
    if case == "existing":
        keys.pick(row.field, "ciudad")
        path = "contact.city"
    else:
        keys.pick(row.field, "contact.zona_nueva")
        path = "contact.zona_nueva"
    keys.click(row.value.lineEdit())
    keys.type("Madrid")
    keys.key(Qt.Key.Key_Return)  # an editable combo used to add "Madrid" as an item without data: "None"
    return {"match": "all", "rules": [{"field": path, "op": "equals", "value": "Madrid"}]}


def _cron(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    value = {"existing": "30 8 * * 1-5", "new": "0 18 1 * *"}[case]
    keys.replace(editor.line, value)
    return value


def _time(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.focus_on(editor.time)  # tabbing in selects the hours: digits fill hours then minutes
    digits = {"existing": "1030", "new": "0745"}[case]
    keys.type(digits)
    return f"{digits[:2]}:{digits[2:]}"


def _field_values(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.add_button)
    row = editor.rows[-1]
    path = "contact.city" if case == "existing" else "contact.zona"
    keys.pick(row.field, "ciudad" if case == "existing" else path)
    keys.click(row.text.text)
    keys.type("Madrid")
    return {path: "Madrid"}


# Pickers: what is typed in the search and what is stored, for a value the CRM knows and a new one.
PICKS: dict[FieldKind, dict[str, tuple[str, str]]] = {
    K.TIMEZONE: {"existing": ("canary", "Atlantic/Canary"), "new": ("Europe/Berlin", "Europe/Berlin")},
    K.FIELD: {"existing": ("ciudad", "contact.city"), "new": ("contact.fecha_alta", "contact.fecha_alta")},
    K.TAG: {"existing": ("vi", "vip"), "new": ("fuera", "fuera")},  # "fuera": the bug stored "None"
    K.USER: {"existing": ("marco", "marco@caudal.demo"), "new": ("nadie@ejemplo.es", "nadie@ejemplo.es")},
    K.PIPELINE: {"existing": ("ven", "Ventas"), "new": ("Postventa", "Postventa")},
    K.STAGE: {"existing": ("propu", "Propuesta"), "new": ("Renovación", "Renovación")},
    K.RECIPIENT: {"existing": ("propietario", "owner"), "new": ("ana@ejemplo.es", "ana@ejemplo.es")},
    K.FLOW: {"existing": ("bienv", "Bienvenida"), "new": ("Flujo futuro", "Flujo futuro")},
}


def _picker(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    typed, stored = PICKS[field.kind][case]
    keys.pick(editor, typed)
    return stored


def _account(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.focus_on(editor.combo)
    keys.key(Qt.Key.Key_Home)
    return ""  # no SMTP account exists: the local outbox is the only choice


def _email_template(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.focus_on(editor.combo)
    keys.key(Qt.Key.Key_End if case == "existing" else Qt.Key.Key_Home)
    return editor.combo.itemData(editor.combo.count() - 1) if case == "existing" else ""


def _table_cell(keys: Keys, table: Any, row: int, column: int, text: str) -> None:
    keys.focus_on(table)
    table.setCurrentCell(row, column)
    keys.type(text)  # any key starts editing the current cell
    keys.key(Qt.Key.Key_Return)


def _key_values(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.add_button)
    _table_cell(keys, editor.table, 0, 0, "X-Token" if case == "existing" else "X-Otra")
    _table_cell(keys, editor.table, 0, 1, "abc")
    return {"X-Token" if case == "existing" else "X-Otra": "abc"}


def _cases(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.add_button)
    _table_cell(keys, editor.table, 0, 0, "vip" if case == "existing" else "nuevo")
    _table_cell(keys, editor.table, 0, 1, "VIP" if case == "existing" else "Nuevo")
    value = "vip" if case == "existing" else "nuevo"
    return [{"port": "case_1", "label": value.upper() if case == "existing" else "Nuevo", "value": value}]


def _branches(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    _table_cell(keys, editor.table, 0, 1, "70")
    _table_cell(keys, editor.table, 1, 1, "30")
    if case == "new":
        _table_cell(keys, editor.table, 1, 0, "Control")
    return [{"port": "branch_1", "name": "A", "percent": 70},
            {"port": "branch_2", "name": "Control" if case == "new" else "B", "percent": 30}]


def _user_rules(keys: Keys, editor: Any, field: ConfigField, case: str, config: dict) -> Any:
    keys.click(editor.add_button)
    value = "Madrid" if case == "existing" else "Cádiz, Huelva"
    _table_cell(keys, editor.table, 0, 0, value)
    _table_cell(keys, editor.table, 0, 1, "marco@caudal.demo")
    return [{"value": value, "user": "marco@caudal.demo"}]


DRIVERS: dict[FieldKind, Callable[..., Any]] = {
    K.TEXT: _text, K.URL: _text, K.RECIPIENT_LIST: _text, K.TEMPLATE: _template, K.LONG_TEMPLATE: _long_template,
    K.INTEGER: _integer, K.NUMBER: _integer, K.BOOLEAN: _boolean, K.CHOICE: _choice,
    K.MULTI_CHOICE: _checklist, K.WEEKDAYS: _checklist, K.FIELD_LIST: _checklist,
    K.USER_LIST: _checklist, K.CONDITION: _condition, K.CRON: _cron, K.TIME: _time,
    K.FIELD_VALUES: _field_values, K.EMAIL_ACCOUNT: _account, K.EMAIL_TEMPLATE: _email_template,
    K.KEY_VALUES: _key_values, K.CASES: _cases, K.BRANCHES: _branches, K.USER_RULES: _user_rules,
    **{kind: _picker for kind in PICKS},
}


def test_every_field_kind_has_a_driver():
    assert set(DRIVERS) == set(FieldKind)


def _start_config(type_id: str, field: ConfigField, case: str) -> dict[str, Any]:
    """The node's default config, plus what makes `field` visible and its choices known."""
    config = get_catalog().get(type_id).default_config()
    for key, allowed in (field.visible_when or {}).items():
        config[key] = allowed[0]
    if field.kind == K.STAGE:
        config["pipeline"] = "Ventas"
    return config


@pytest.mark.parametrize("case", CASES)
def test_typed_values_reach_the_saved_flow_json(db, make_window, qtbot, tmp_path, case):
    demo(db)
    save_template(db, EmailTemplate("", "Aviso de prueba", "Asunto", "<p>Hola</p>"))
    catalog = get_catalog()
    plan = [(f"00000000-0000-4000-8000-{i:012d}", nt.id, field)
            for i, (nt, field) in enumerate((nt, f) for nt in catalog for f in nt.fields)]
    nodes = [Node(id=uid, type=type_id, title="", config=_start_config(type_id, field, case),
                  position=(0.0, i * 150.0)) for i, (uid, type_id, field) in enumerate(plan)]
    flow = Flow(id="22222222-0000-4000-8000-000000000000", name="Teclado", nodes=nodes)
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    window = make_window()
    window.open_flow(flow.id)
    window.activateWindow()
    keys = Keys(qtbot)
    expected: dict[str, dict[str, Any]] = {}
    for uid, type_id, field in plan:
        window.editor.select_node(uid)
        inspector = window.editor.inspector_widget
        editor = inspector.editor(field.name)
        config = _start_config(type_id, field, case)
        value = DRIVERS[field.kind](keys, editor, field, case, config)
        assert QApplication.activePopupWidget() is None, f"{type_id}.{field.name}: a popup stayed open"
        expected[uid] = {**config, field.name: value}
    window.editor.viewer.setFocus()
    # to the window, as the system delivers keys: that is where shortcuts are matched
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.dirty, "Ctrl+S did not save"
    path = tmp_path / "teclado.caudal.json"
    with db.begin() as conn:
        dump(repository.get(conn, flow.id), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    saved = {n["id"]: n["config"] for n in document["flow"]["nodes"]}
    wrong = {f"{type_id}.{field.name}": (saved[uid], expected[uid])
             for uid, type_id, field in plan if saved[uid] != expected[uid]}
    assert not wrong, "\n".join(f"{k}: saved {v[0]!r}, expected {v[1]!r}" for k, v in wrong.items())
    assert "None" not in path.read_text(encoding="utf-8")
