"""The problems panel lists problems in the current language and reports clicks."""

from designer.panels.problems import ProblemsPanel
from runtime.catalog.types import Text


class P:
    def __init__(self, node_id, message):
        self.node_id, self.message, self.code = node_id, message, "c"


def test_lists_and_activates(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([P("n1", Text("Falta", "Missing"))], lambda i: f"Nodo {i}", "es")
    assert panel.list.item(0).text() == "Nodo n1: Falta"
    panel.set_language("en")
    assert panel.list.item(0).text() == "Nodo n1: Missing"
    with qtbot.waitSignal(panel.problem_activated) as blocker:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert blocker.args == ["n1"]
    panel.set_problems([], str, "en")
    assert panel.list.count() == 1 and panel.count() == 0
