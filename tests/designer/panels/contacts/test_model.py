"""The contacts model pages over SQL: rowCount grows with fetchMore; sorting; search."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from designer.panels.contacts.model import ContactsModel
from tests.designer.shell_fixtures import bulk_contacts, db  # noqa: F401


def test_pages_on_demand(db, qapp):
    bulk_contacts(db, 450)
    model = ContactsModel(db, page_size=100)
    assert model.total == 450
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert model.queries == 5
    assert len({model.contact_id(r) for r in range(450)}) == 450


def test_sorting_and_search(db, qapp):
    bulk_contacts(db, 300)
    model = ContactsModel(db, page_size=50)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # email
    assert model.index(0, 1).data() == "persona000299@ejemplo.es"
    assert model.rowCount() == 50
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 1).data() == "persona000000@ejemplo.es"
    model.set_search("lucia torres")  # accents and case ignored, every word must match
    assert model.total == 5
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"Lucía Torres"}
    model.set_search("")
    assert model.total == 300
    model.sort(4, Qt.SortOrder.AscendingOrder)  # tags: not sortable, left as it was
    assert model.sort_key == "email"
