"""The flow being edited: open (asking about unsaved changes), save (Ctrl+S, through the
repository), validate, activate/stop (the runtime validates; problems go to the problems
dock) and read-only versions.

`FlowWindow` is the main window's base class: the attributes it declares are built by
`MainWindow.__init__`.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from designer.dialogs import ask
from designer.dialogs.version_view import VersionDialog
from designer.field_source import LocalFieldSource
from designer.flow_editor import FlowEditor
from designer.i18n import current_language, text_of
from designer.main_window_actions import tr, trn
from designer.panels.flows_list import FlowsList
from designer.panels.versions import VersionsPanel
from designer.runtime_bridge import RuntimeBridge, activate, deactivate
from designer.settings import Settings
from runtime.catalog import get_catalog
from runtime.engine.review import review
from runtime.flows import repository
from runtime.flows.model import Flow
from runtime.flows.problems import ActivationRefused
from runtime.flows.repository import RepositoryError
from runtime.flows.validate import validate
from runtime.store.db import Database

log = logging.getLogger(__name__)


class FlowWindow(QMainWindow):
    """Open, save, check, activate and version the window's current flow."""

    db: Database
    settings: Settings
    bridge: RuntimeBridge | None
    editor: FlowEditor
    field_source: LocalFieldSource
    flows_list: FlowsList
    versions: VersionsPanel
    tabs: QTabWidget
    docks: dict[str, QDockWidget]
    flow_id: str | None
    flow_name: str

    @property
    def dirty(self) -> bool:
        return self.flow_id is not None and not self.editor.undo_stack.isClean()

    def _update_dirty(self) -> None:
        if self.flow_id:
            self.flows_list.set_dirty(self.flow_id, self.dirty)
        self._update_title()

    def _update_title(self) -> None:
        name = self.flow_name or tr("no flow open")
        self.setWindowTitle(f"{name}[*] — Caudal")
        self.setWindowModified(self.dirty)

    def _open_initial(self) -> None:
        with self.db.begin() as conn:
            infos = repository.list_flows(conn)
        ids = [i.id for i in infos]
        wanted = self.settings.last_flow_id
        if ids:
            self.open_flow(wanted if wanted in ids else ids[0])

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.dirty:
            return True
        question = tr("The flow «%1» has unsaved changes. Save them?").replace("%1", self.flow_name)
        problems = validate(self.editor.flow())
        if problems and self._is_active(self.flow_id):
            question = trn("The flow «%1» is active and these changes have %n problem(s): they are saved as a "
                           "draft, and contacts go on with the active version until you fix them and activate "
                           "again.", len(problems)).replace("%1", self.flow_name) + "\n\n" + question
        answer = ask.save_discard_cancel(self, tr("Unsaved changes"), question)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.editor.undo_stack.setClean()
            if self.flow_id:
                self.flows_list.set_dirty(self.flow_id, False)
            return True
        return False

    def open_flow(self, flow_id: str) -> bool:
        """Load a flow's draft into the editor (after asking about unsaved changes)."""
        if flow_id == self.flow_id:
            return True
        if not self.maybe_save():
            self.flows_list.select_flow(self.flow_id)
            return False
        with self.db.begin() as conn:
            flow = repository.get(conn, flow_id)
        self._load(flow)
        self.flows_list.select_flow(flow_id)
        self.settings.last_flow_id = flow_id
        self.tabs.setCurrentIndex(0)
        return True

    def _load(self, flow: Flow) -> None:
        self.flow_id, self.flow_name = flow.id, flow.name
        self.editor.load_flow(flow)
        self.editor.undo_stack.setClean()
        self.versions.show_flow(flow.id)
        self.check_problems()
        self._update_dirty()

    def close_flow(self) -> None:
        self.flow_id, self.flow_name = None, ""
        self.editor.load_flow(Flow(id="", name=""))
        self.editor.undo_stack.setClean()
        self.versions.show_flow(None)
        self._update_title()

    def save(self) -> bool:
        """Ctrl+S: store the editor's flow as the draft; False (and a message) if refused."""
        if not self.flow_id:
            return False
        flow = self.editor.flow()
        flow.id, flow.name = self.flow_id, self.flow_name
        try:
            with self.db.begin(immediate=True) as conn:
                repository.save(conn, flow)
        except RepositoryError as exc:
            ask.error(self, tr("Save"), text_of(exc.message))
            return False
        self.editor.undo_stack.setClean()
        self.flows_list.refresh()
        self._update_dirty()
        self.statusBar().showMessage(tr("Saved «%1»").replace("%1", self.flow_name), 3000)
        return True

    def _is_active(self, flow_id: str | None) -> bool:
        if not flow_id:
            return False
        with self.db.begin() as conn:
            info = repository.find(conn, flow_id)
        return bool(info and info.is_active)

    def review(self, flow: Flow) -> list:
        """The review warnings of `flow` (runtime.engine.review); none when the review fails."""
        try:
            return review(flow, self.db)
        except Exception:  # noqa: BLE001 - a warning we cannot compute must not stop editing
            log.exception("could not review the flow %s", flow.id)
            return []

    def check_problems(self) -> list:
        """Validate the editor's flow and show the problems (on nodes and in the panel), and
        the review's warnings (in the panel)."""
        if not self.flow_id:
            self.editor.set_problems([], [])
            return []
        flow = self.editor.flow()
        flow.id = self.flow_id
        problems = validate(flow)
        self.editor.set_problems(problems, self.review(flow))
        return problems

    def set_active(self, flow_id: str, on: bool) -> bool:
        """Switch a flow on (validating first; the open one is saved first) or off."""
        if flow_id == self.flow_id and self.dirty and not self.save():
            self.flows_list.refresh()
            return False
        try:
            if on:
                if flow_id == self.flow_id:  # just saved: the editor holds what was stored
                    flow = self.editor.flow()
                else:
                    with self.db.begin() as conn:
                        flow = repository.get(conn, flow_id)
                if not self._review_before_activation(flow):
                    self.flows_list.refresh()
                    return False
                activate(self.db, flow_id)
            else:
                deactivate(self.db, flow_id)
        except ActivationRefused as exc:
            self.flows_list.refresh()
            self._show_refusal(flow_id, exc)
            return False
        except RepositoryError as exc:
            self.flows_list.refresh()
            ask.error(self, tr("Activate"), text_of(exc.message))
            return False
        self.flows_list.refresh()
        if flow_id == self.flow_id:
            self.versions.show_flow(flow_id)
        if flow_id == self.flow_id:
            self.check_problems()
        message = tr("Flow activated") if on else tr("Flow stopped")
        self.statusBar().showMessage(message, 4000)
        if self.bridge is not None and self.bridge.runtime is not None:
            self.bridge.runtime.wake()
        return True

    def _review_before_activation(self, flow: Flow) -> bool:
        """Ask about the review's warnings (if any) before activating; True = go on.

        A flow with problems goes on here: activation refuses it and says why.
        """
        if validate(flow):
            return True
        warnings = self.review(flow)
        if not warnings:
            return True
        lines = "\n".join(f"• {text_of(w.message)}" for w in warnings)
        text = trn("Before activating «%1», %n thing(s) to look at:", len(warnings)).replace(
            "%1", flow.name) + "\n\n" + lines
        return ask.proceed(self, tr("Review before activating"), text, tr("Activate anyway"))

    def _show_refusal(self, flow_id: str, exc: ActivationRefused) -> None:
        if flow_id != self.flow_id:
            self.open_flow(flow_id)
        if flow_id == self.flow_id:
            self.editor.set_problems(exc.problems)
            self.docks["problems"].show()
            self.docks["problems"].raise_()
        self.statusBar().showMessage(
            trn("Cannot activate: %n problem(s) to fix first (see Problems).", len(exc.problems)),
            8000)

    def open_version(self, version_id: int) -> VersionDialog:
        with self.db.begin() as conn:
            flow = repository.load_version(conn, version_id)
            number = next((v.version for v in repository.list_versions(conn, flow.id) if v.id == version_id), 0)
        dialog = VersionDialog(flow, number, lambda parent: FlowEditor(
            catalog=get_catalog(), lang=current_language(), field_source=self.field_source, parent=parent), self)
        dialog.show()
        return dialog

    def _on_deleted(self, flow_id: str) -> None:
        if flow_id == self.flow_id:
            self.close_flow()

    def _on_renamed(self, flow_id: str, name: str) -> None:
        if flow_id == self.flow_id:
            self.flow_name = name
            self._update_title()
