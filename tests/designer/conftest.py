"""Designer tests run offscreen with the PySide6 binding chosen for NodeGraphQt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

import pytest  # noqa: E402

from tests.designer.designer_samples import FakeSource  # noqa: E402


@pytest.fixture
def editor(qtbot):
    from designer.flow_editor import FlowEditor

    ed = FlowEditor(lang="es", field_source=FakeSource())
    qtbot.addWidget(ed)
    ed.resize(1200, 800)
    ed.show()
    return ed


@pytest.fixture(scope="session", autouse=True)
def gc_on_the_gui_thread(qapp):
    """As in the app: cyclic GC only on the GUI thread (see designer/gc_guard.py)."""
    from designer import gc_guard

    gc_guard.install(qapp)
    yield
    gc_guard.uninstall()
