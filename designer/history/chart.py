"""`DailyChart`: enrollments started (bars), completed and failed (lines) per day, QPainter-drawn.

`StatsLoader` reads the figures (`runtime.history.daily_stats`, ~150 ms at 100,000
enrollments) in a worker thread (`history.loader.Loader`), so choosing a flow never waits
for its chart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from designer.history import states
from designer.history.loader import Loader
from designer.i18n import current_language
from runtime import history
from runtime.i18n.formats import format_date
from runtime.store.db import Database

STARTED = QColor(30, 136, 229)
SERIES = (("started", STARTED), ("completed", states.color("completed")), ("failed", states.color("failed")))


class DailyChart(QWidget):
    """Shows `set_stats([DayStats(day, started, completed, failed)])`, oldest day first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_chart")
        self.stats: list[Any] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(140)
        self.names = {"started": "Started", "completed": "Completed", "failed": "Failed"}
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(600, 150)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.names = {"started": self.tr("Started"), "completed": self.tr("Completed"),
                      "failed": self.tr("Failed")}
        self.setToolTip(self.tr("Enrollments per day, last 30 days"))
        self.update()

    def set_stats(self, stats: list[Any]) -> None:
        self.stats = list(stats)
        self.update()

    def totals(self) -> dict[str, int]:
        return {key: sum(int(getattr(s, key) or 0) for s in self.stats) for key, _ in SERIES}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        faint = QColor(text)
        faint.setAlpha(60)
        fm = QFontMetrics(self.font())
        # legend with totals
        x = 8.0
        totals = self.totals()
        for key, col in SERIES:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(col)
            p.drawRoundedRect(QRectF(x, 7, 10, 10), 2, 2)
            label = f"{self.names[key]}: {totals[key]}"
            p.setPen(text)
            p.drawText(QPointF(x + 14, 16), label)
            x += 14 + fm.horizontalAdvance(label) + 18
        top, bottom = 26.0, self.height() - fm.height() - 6.0
        left, right = 8.0 + fm.horizontalAdvance("00000"), self.width() - 8.0
        plot = QRectF(left, top, max(right - left, 10.0), max(bottom - top, 10.0))
        peak = max([max(int(s.started or 0), int(s.completed or 0), int(s.failed or 0)) for s in self.stats] + [1])
        p.setPen(QPen(faint, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        p.setPen(text)
        p.drawText(QRectF(0, plot.top() - fm.height() / 2, left - 4, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(peak))
        p.drawText(QRectF(0, plot.bottom() - fm.height() / 2, left - 4, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        if not self.stats:
            p.end()
            return
        n = len(self.stats)
        slot = plot.width() / n

        def y_of(v: int) -> float:
            return plot.bottom() - plot.height() * v / peak

        p.setPen(Qt.PenStyle.NoPen)
        bar = QColor(STARTED)
        bar.setAlpha(150)
        p.setBrush(bar)
        for i, s in enumerate(self.stats):
            v = int(s.started or 0)
            if v:
                p.drawRect(QRectF(plot.left() + i * slot + slot * 0.15, y_of(v), slot * 0.7, plot.bottom() - y_of(v)))
        for key, col in SERIES[1:]:
            path = QPainterPath()
            for i, s in enumerate(self.stats):
                pt = QPointF(plot.left() + (i + 0.5) * slot, y_of(int(getattr(s, key) or 0)))
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.setPen(QPen(col, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.setPen(text)
        first, last = (format_date(self.stats[i].day, current_language()) for i in (0, -1))
        p.drawText(QPointF(plot.left(), self.height() - 4), first)
        p.drawText(QPointF(plot.right() - fm.horizontalAdvance(last), self.height() - 4), last)
        p.end()


class StatsLoader(Loader):
    """Loads a flow's last 30 days off the GUI thread. Signals `ready(flow_id, stats)` (GUI thread)."""

    ready = Signal(str, list)
    thread_name = "history-stats"

    def __init__(self, db: Database, parent: QObject | None = None, days: int = 30) -> None:
        super().__init__(db, parent)
        self.days = days

    def read(self, conn: Any, key: str) -> Any:
        return list(history.daily_stats(conn, key, self.days))
