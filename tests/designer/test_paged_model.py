"""The paged table model both the contacts and the history pages use: pages, sort, ids."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from designer.paged_model import ID_ROLE
from designer.panels.contacts.model import ContactsModel
from tests.designer.shell_fixtures import bulk_contacts, db  # noqa: F401


def test_a_sort_reads_one_page_and_the_same_order_again_reads_none(db, qapp):
    bulk_contacts(db, 120)
    model = ContactsModel(db, page_size=50)
    before = model.queries
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.queries == before + 1 and model.rowCount() == 50
    model.sort(1, Qt.SortOrder.DescendingOrder)  # a view re-announcing its order
    assert model.queries == before + 1
    model.sort(4, Qt.SortOrder.AscendingOrder)  # tags: not sortable
    assert model.queries == before + 1


def test_ids_and_text_come_from_the_subclass(db, qapp):
    bulk_contacts(db, 3)
    model = ContactsModel(db)
    first = model.index(0, 1)
    assert first.data(ID_ROLE) == model.contact_id(0)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert not model.canFetchMore(QModelIndex())
