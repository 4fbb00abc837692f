"""Cron field: the expression, a readable sentence and the next three run times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

from designer.panels.inspector.base import FieldEditor, tr
from runtime.catalog.cron import describe_cron, to_trigger
from runtime.i18n import translate_rendered
from runtime.i18n.formats import format_datetime


def next_runs(expr: str, timezone: str, count: int = 3,
              now: datetime | None = None) -> list[datetime]:
    """The next `count` times `expr` fires in `timezone` (crontab meaning of weekdays).

    Raises:
        ValueError: when `expr` is not a valid five-field expression.
    """
    tz = ZoneInfo(timezone or "UTC")
    trigger = to_trigger(expr, tz)
    current = now.astimezone(tz) if now else datetime.now(tz)
    out: list[datetime] = []
    previous = None
    for _ in range(count):
        fire = trigger.get_next_fire_time(previous, current)
        if fire is None:
            break
        out.append(fire)
        previous = fire
        current = fire
    return out


def preview(expr: str, lang: str, timezone: str, now: datetime | None = None) -> str:
    """Sentence + next runs, or the reason the expression is invalid."""
    try:
        runs = next_runs(expr, timezone, 3, now)
    except (ValueError, KeyError) as exc:
        return tr("Invalid cron expression: %1").replace("%1", translate_rendered(lang, str(exc)))
    sentence = describe_cron(expr, lang)
    times = "\n".join("  " + format_datetime(r, lang, long=True, tz=r.tzinfo) for r in runs)
    return f"{sentence}\n{tr('Next runs:')}\n{times}"


class CronEditor(FieldEditor):
    def __init__(self, lang: str, timezone: Callable[[], str]) -> None:
        super().__init__()
        self.lang = lang
        self.timezone = timezone
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("0 9 * * 1")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.line)
        lay.addWidget(self.preview)
        self.line.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._update_preview()
        self.edited.emit(text, True)

    def _update_preview(self) -> None:
        self.preview.setText(preview(self.line.text(), self.lang, self.timezone()))

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        if self.line.text() != str(value or ""):
            self.line.setText(str(value or ""))
        self._update_preview()

    def refresh_choices(self) -> None:
        self._update_preview()
