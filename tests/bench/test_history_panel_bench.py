"""Benchmark: the History page (GUI) at 100,000 enrollments / 1,000,000 steps (figures, no asserts).

Drives the real HistoryPanel offscreen on the database `test_history_bench.build` makes (the
same cached file, built once): opening the page, then each filter through the filters bar,
a header sort, a scroll to the next page, a live refresh, and the journey dialog of the
200-step contact. Every figure includes the model reset and a real paint (`grab()`), and is
printed with its ratio to the target (150 ms; 50 ms for the journey query itself) and the
share spent in the model's own SQL (COUNT + first page). The per-flow chart's figures load
in a worker thread (not in the filter's time; printed apart).
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from runtime.store.db import open_database  # noqa: E402
from tests.bench import test_history_bench as data  # noqa: E402

TARGET_MS = 150.0
JOURNEY_MS = 50.0


def _timed(app: QApplication, widget, action, runs: int = 3) -> tuple[float, float]:
    """(first, median) ms of `action` + event processing + a paint of `widget`."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        app.processEvents()
        widget.grab()
        out.append((time.perf_counter() - start) * 1000)
    return out[0], statistics.median(out)


def _line(name: str, rows: int | str, first: float, median: float, target: float = TARGET_MS,
          sql: float | None = None) -> None:
    tail = "" if sql is None else f" {sql:>8.1f}"
    print(f"{name:<30} {rows:>8} {first:>8.1f} {median:>8.1f} {median / target:>6.2f}{tail}")


def _sql_ms(db, model) -> float:
    """The model's own queries for its current filter and sort: COUNT + the first page."""
    from runtime.history import count_rows, page_rows

    with db.begin() as conn:
        start = time.perf_counter()
        count_rows(conn, model.filter)
        page_rows(conn, model.filter, model.sort_key, model.descending, 0, model.page_size)
        return (time.perf_counter() - start) * 1000


def test_history_page_at_100k(tmp_path_factory, qapp: QApplication) -> None:
    from designer.history.journey import JourneyDialog
    from designer.history.panel import HistoryPanel

    path = tmp_path_factory.getbasetemp().parent / f"caudal-history-bench-{data.VERSION}.db"
    if not path.exists():
        start = time.perf_counter()
        data.build(path.with_suffix(".tmp"))
        path.with_suffix(".tmp").rename(path)
        print(f"\nbuilt {data.ENROLLMENTS:,} enrollments / {data.STEPS:,} steps in "
              f"{time.perf_counter() - start:.1f} s at {path}")
    db = open_database(f"sqlite:///{path}")
    try:
        start = time.perf_counter()
        panel = HistoryPanel(db)
        panel.resize(1400, 900)
        panel.show()
        panel.grab()
        opened = (time.perf_counter() - start) * 1000
        print(f"\nHistory page, {data.ENROLLMENTS:,} enrollments / {data.STEPS:,} steps: "
              "filter + model reset + paint (ms; ratio = median / 150 ms)")
        print(f"{'case':<30} {'rows':>8} {'first':>8} {'median':>8} {'ratio':>6} {'sql':>8}")
        _line("open the page", f"{panel.model.total:,}", opened, opened)
        bar = panel.filters
        end = QDate.fromString("2026-11-16", "yyyy-MM-dd")
        cases = [
            ("flow", lambda: bar.set_flow("flow-2"), lambda: bar.set_flow(None)),
            ("status failed", lambda: bar.set_statuses({"failed"}), lambda: bar.set_statuses(set())),
            ("status waiting+uncertain", lambda: bar.set_statuses({"waiting", "uncertain"}),
             lambda: bar.set_statuses(set())),
            ("search «muñoz»", lambda: bar.set_search("muñoz"), lambda: bar.set_search("")),
            ("search «jose.garcia12»", lambda: bar.set_search("jose.garcia12"), lambda: bar.set_search("")),
            ("search nobody «zzz»", lambda: bar.set_search("zzz"), lambda: bar.set_search("")),
            ("date range (one week)", lambda: bar.set_dates(end.addDays(-7), end), lambda: bar.set_dates(None, None)),
            ("flow + node (badge click)", lambda: panel.show_flow("flow-1", "f1-n4", "Paso 4"),
             lambda: panel.show_flow(None)),
        ]
        for name, apply, undo in cases:
            times = []
            for _ in range(3):
                start = time.perf_counter()
                apply()
                qapp.processEvents()
                panel.grab()
                times.append((time.perf_counter() - start) * 1000)
                rows = panel.model.total
                panel.chart_loader.wait()  # the chart loads in the background: do not overlap cases
                sql = _sql_ms(db, panel.model)
                undo()
                qapp.processEvents()
                panel.chart_loader.wait()
            _line(name, f"{rows:,}", times[0], statistics.median(times), sql=sql)
        for col, label in ((0, "contact"), (7, "actions"), (8, "next due")):
            first, median = _timed(qapp, panel, lambda c=col: panel.table.sortByColumn(c, Qt.SortOrder.AscendingOrder))
            _line(f"sort by {label}", "", first, median, sql=_sql_ms(db, panel.model))
        from runtime.history import daily_stats

        with db.begin() as conn:
            start = time.perf_counter()
            daily_stats(conn, "flow-2", 30)
            q = (time.perf_counter() - start) * 1000
        _line("chart stats (worker thread)", "", q, q)
        panel.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        first, median = _timed(qapp, panel, lambda: panel.table.scrollToBottom(), runs=1)
        _line("scroll: next page", f"{panel.model.rowCount():,}", first, median)
        first, median = _timed(qapp, panel, panel.model.refresh)
        _line(f"live refresh ({panel.model.rowCount()} rows)", "", first, median)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            dialog = JourneyDialog(db, 1)
            dialog.show()
            dialog.grab()
            times.append((time.perf_counter() - start) * 1000)
            entries = len(dialog.journey.entries)
            dialog.close()
            dialog.deleteLater()
        _line(f"journey dialog, {entries} steps", "", times[0], statistics.median(times))
        from runtime.history import journey

        with db.begin() as conn:
            start = time.perf_counter()
            journey(conn, 1)
            q = (time.perf_counter() - start) * 1000
        _line("  of which the journey query", "", q, q, JOURNEY_MS)
        panel.close()
    finally:
        db.dispose()
