"""Contacts view benchmark at 100,000 contacts: first paint, a search, a sort, a scroll (target 200 ms).

Bulk-inserts the contacts with Core executemany, then drives the real ContactsView
offscreen. Prints figures and ratios to the target; asserts nothing about time.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from runtime.store.db import open_database  # noqa: E402
from tests.designer.shell_fixtures import bulk_contacts  # noqa: E402

N = 100_000
TARGET = 0.200


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms (ratio {seconds / TARGET:.2f})"


def test_contacts_view_100k(tmp_path: Path, qapp: QApplication) -> None:
    from designer.panels.contacts.model import COLUMNS
    from designer.panels.contacts.view import ContactsView

    db = open_database(str(tmp_path / "bench.db"))
    t0 = time.perf_counter()
    bulk_contacts(db, N)
    print(f"\nbulk insert {N:,} contacts: {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    view = ContactsView(db)
    view.resize(1200, 800)
    view.show()
    view.grab()  # a real paint of every visible row
    t_open = time.perf_counter() - t0
    assert view.model.total == N

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        qapp.processEvents()
        view.grab()
        return time.perf_counter() - start

    t_search = timed(lambda: (view.search.setText("lucia torres"), view.apply_search()))
    found = view.model.total
    t_miss = timed(lambda: (view.search.setText("nadie-se-llama-asi"), view.apply_search()))
    t_clear = timed(lambda: (view.search.setText(""), view.apply_search()))
    t_sort = timed(lambda: view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    t_scroll = timed(lambda: view.table.scrollToBottom())  # the view asks for the next page
    loaded, total = view.model.rowCount(), view.model.total
    print(f"open + first paint: {_ms(t_open)}")
    print(f"search 'lucia torres' ({found:,} found) + repaint: {_ms(t_search)}")
    print(f"search with no match + repaint: {_ms(t_miss)}")
    print(f"clear the search + repaint: {_ms(t_clear)}")
    print(f"sort by email descending + repaint: {_ms(t_sort)}")
    print(f"scroll to the end of the loaded rows (fetchMore) + repaint: {_ms(t_scroll)}; "
          f"{loaded:,} rows loaded of {total:,}")
    for column, key in enumerate(COLUMNS):
        if key[1] is None:
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.search.setText("")
            view.apply_search()
            t_sorted = timed(lambda c=column, o=order: view.table.sortByColumn(c, o))
            figures = [timed(lambda w=w: (view.search.setText(w), view.apply_search()))
                       for w in ("lucia torres", "vega", "a")]
            direction = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            print(f"sorted by {key[0]} {direction}: sort {t_sorted * 1000:.0f} ms; search "
                  + ", ".join(f"'{w}' {t * 1000:.0f} ms" for w, t in
                              zip(("lucia torres", "vega", "a"), figures, strict=True))
                  + f" (worst ratio {max(figures) / TARGET:.2f})")
    view.close()
    db.dispose()
