"""The paged history model: filters change the rows, the database sorts, pages load on demand."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import Qt

from designer.history.model import COLUMNS, HistoryModel, display
from runtime.history import HistoryFilter


def _ids(model: HistoryModel) -> set[int]:
    return {r.id for r in model.rows}


def test_all_rows_then_each_filter(qtbot, db, world):
    model = HistoryModel(db)
    e = world.eids
    assert model.total == 5 and _ids(model) == set(e.values())
    model.set_filter(HistoryFilter(flow_id=world.notices.flow.id))
    assert _ids(model) == {e["dani"], e["eva"]}
    model.set_filter(HistoryFilter(statuses=frozenset({"failed"})))
    assert _ids(model) == {e["dani"]}
    model.set_filter(HistoryFilter(statuses=frozenset({"waiting", "cancelled"})))
    assert {e["ana"], e["carla"]} <= _ids(model)
    model.set_filter(HistoryFilter(statuses=frozenset({"uncertain"})))
    assert _ids(model) == {e["eva"]}
    model.set_filter(HistoryFilter(search="bea@"))
    assert _ids(model) == {e["bea"]}
    model.set_filter(HistoryFilter(search="carla"))
    assert _ids(model) == {e["carla"]}
    model.set_filter(HistoryFilter(flow_id=world.welcome.flow.id, node_id=world.nodes["wait"],
                                   statuses=frozenset({"waiting"})))
    assert _ids(model) == {e["ana"]}
    model.set_filter(HistoryFilter(started_from=time.time() + 86400))
    assert model.total == 0 and model.rows == []
    model.set_filter(HistoryFilter(started_from=time.time() - 86400, started_to=time.time() + 60))
    assert model.total == 5


def test_cells_show_contact_flow_node_status(qtbot, db, world):
    model = HistoryModel(db)
    model.set_filter(HistoryFilter(search="ana@"))
    row = model.rows[0]
    cells = {key: display(row, key) for key, _ in COLUMNS}
    assert "ana@ejemplo.es" in cells["contact"] and "Ana" in cells["contact"]
    assert cells["flow"] == "Bienvenida" and cells["version"] == "v1"
    assert cells["node"] == "Esperar un día"
    assert cells["next_due"] and cells["started"]
    status = model.index(0, [k for k, _ in COLUMNS].index("status"))
    assert model.data(status, Qt.ItemDataRole.DecorationRole) is not None
    assert int(cells["actions"]) >= 1


def test_sort_is_done_by_the_database(qtbot, db, world):
    model = HistoryModel(db)
    contact_col = [k for k, _ in COLUMNS].index("contact")
    model.sort(contact_col, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "contact" and not model.descending
    first = [r.contact_email for r in model.rows]
    model.sort(contact_col, Qt.SortOrder.DescendingOrder)
    assert [r.contact_email for r in model.rows] == list(reversed(first))
    started_col = [k for k, _ in COLUMNS].index("started")
    model.sort(started_col, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in model.rows] == sorted(world.eids.values())


def test_pages_load_as_the_view_asks(qtbot, db, world):
    model = HistoryModel(db, page_size=2)
    assert model.total == 5 and len(model.rows) == 2 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert len(model.rows) == 5 and not model.canFetchMore()
    assert len(_ids(model)) == 5


def test_refresh_keeps_selection_on_its_enrollment(qtbot, db, world, clock):
    from runtime.history import actions

    model = HistoryModel(db)
    model.set_filter(dataclasses.replace(model.filter, flow_id=world.welcome.flow.id))
    row = model.row_of(world.eids["bea"])
    persistent = model.index(row, 0)
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(persistent)
    actions.cancel(db, [world.eids["ana"]])  # ana's row moves to the top (last change)
    model.refresh()
    assert model.rows[keep.row()].id == world.eids["bea"]


def test_opening_the_panel_queries_the_first_page_once(qtbot, db, world):
    from designer.history.panel import HistoryPanel

    panel = HistoryPanel(db)
    qtbot.addWidget(panel)
    assert panel.model.total > 0
    assert panel.model.queries == 1  # enabling sorting on the view re-announces the order: no reload
