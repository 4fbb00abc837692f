"""CSV import of contacts: preview and map the columns, import off the GUI thread, report errors.

Step 1 shows each header with a sample value and a field to map it to (pre-filled
with what the importer would guess). Step 2 runs `LocalCrm.import_csv` in a QThread;
its progress callback reaches the progress bar through a queued signal. Step 3 lists
what was created/updated and every refused line ("line N: reason").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import said
from runtime.crm.local import InvalidInput, LocalCrm
from runtime.crm.local.csv_read import FIELDS, IGNORE, map_headers, preview_rows

PREVIEW_BYTES = 256 * 1024


def preview(path: str | Path, rows: int = 3) -> tuple[list[str], list[list[str]], dict[int, str]]:
    """(headers, first rows, guessed column -> field) of a CSV file."""
    try:
        with open(path, "rb") as fh:
            headers, sample = preview_rows(fh.read(PREVIEW_BYTES), rows)
    except OSError:  # the import itself reports why the file cannot be read
        return [], [], {}
    try:
        guessed = map_headers(headers, None)
    except InvalidInput:
        guessed = {}
    return headers, sample, guessed


class ImportWorker(QThread):
    """Runs the import; `progress(done, total)` and `finished_with(report | error text)`."""

    progress = Signal(int, int)
    finished_with = Signal(object)

    def __init__(self, crm: LocalCrm, path: str, mapping: dict[str, str], skip_bad_rows: bool) -> None:
        super().__init__()
        self.crm, self.path, self.mapping, self.skip = crm, path, mapping, skip_bad_rows

    def run(self) -> None:
        try:
            report = self.crm.import_csv(self.path, mapping=self.mapping, skip_bad_rows=self.skip,
                                         progress=lambda done, total: self.progress.emit(done, total))
        except InvalidInput as exc:
            self.finished_with.emit(said(exc))
            return
        except Exception as exc:  # reported in the dialog, never a crash
            self.finished_with.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished_with.emit(report)


class ImportDialog(QDialog):
    """The three-step import of `path`. `report` holds the result once done."""

    imported = Signal()

    def __init__(self, crm: LocalCrm, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.path = str(path)
        self.report: Any = None
        self.worker: ImportWorker | None = None
        self.setWindowTitle(self.tr("Import contacts from CSV"))
        self.resize(640, 460)
        self.headers, sample, guessed = preview(self.path)

        self.pages = QStackedWidget(self)
        # step 1: mapping
        mapping_page = QWidget()
        self.table = QTableWidget(len(self.headers), 3, mapping_page)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Example"), self.tr("Field")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for r, header in enumerate(self.headers):
            self.table.setItem(r, 0, QTableWidgetItem(header))
            example = next((row[r] for row in sample if r < len(row) and row[r].strip()), "")
            self.table.setItem(r, 1, QTableWidgetItem(example))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name in FIELDS:
                combo.addItem(name, name)
            target = guessed.get(r)
            if target and combo.findData(target) < 0:
                combo.addItem(target, target)  # a custom field named after the header
            combo.setCurrentIndex(max(0, combo.findData(target)) if target else 0)
            self.combos.append(combo)
            self.table.setCellWidget(r, 2, combo)
        self.skip_bad = QCheckBox(self.tr("Import the good rows even if some are wrong"), mapping_page)
        self.start_button = QPushButton(self.tr("Import"), mapping_page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        lay = QVBoxLayout(mapping_page)
        lay.addWidget(QLabel(self.tr("File: %1").replace("%1", Path(self.path).name)))
        lay.addWidget(QLabel(self.tr("Choose which contact field each column fills:")))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.skip_bad)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        lay.addLayout(row)
        self.pages.addWidget(mapping_page)
        # step 2: progress
        progress_page = QWidget()
        self.bar = QProgressBar(progress_page)
        self.bar.setRange(0, 0)
        lay = QVBoxLayout(progress_page)
        lay.addStretch(1)
        lay.addWidget(QLabel(self.tr("Importing…")))
        lay.addWidget(self.bar)
        lay.addStretch(1)
        self.pages.addWidget(progress_page)
        # step 3: report
        report_page = QWidget()
        self.summary = QLabel(report_page)
        self.summary.setWordWrap(True)
        self.errors = QPlainTextEdit(report_page)
        self.errors.setReadOnly(True)
        close = QPushButton(self.tr("Close"), report_page)
        close.clicked.connect(self.accept)
        lay = QVBoxLayout(report_page)
        lay.addWidget(self.summary)
        lay.addWidget(self.errors, 1)
        lay.addWidget(close)
        self.pages.addWidget(report_page)

        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

    def mapping(self) -> dict[str, str]:
        """header -> field, for every column (ignored ones map to "-")."""
        return {h: str(c.currentData()) for h, c in zip(self.headers, self.combos, strict=True)}

    def start(self) -> None:
        """Run the import in a worker thread."""
        self.pages.setCurrentIndex(1)
        self.worker = ImportWorker(self.crm, self.path, self.mapping(), self.skip_bad.isChecked())
        self.worker.progress.connect(self._on_progress)
        self.worker.finished_with.connect(self._on_done)
        self.worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _on_done(self, result: Any) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        self.pages.setCurrentIndex(2)
        if isinstance(result, str):
            self.summary.setText(self.tr("The file could not be imported: %1").replace("%1", result))
            return
        self.report = result
        if result.applied:
            self.summary.setText(self.tr("%1 contacts created, %2 updated, %3 unchanged, %4 skipped.")
                                 .replace("%1", str(result.created)).replace("%2", str(result.updated))
                                 .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped)))
            self.imported.emit()
        else:
            self.summary.setText(self.tr("Nothing was imported: %1 rows have errors. Fix them, or tick "
                                         "\"Import the good rows\".").replace("%1", str(len(result.errors))))
        lines = sorted(result.errors + result.warnings)  # warnings: imported as written, worth a look
        self.errors.setPlainText("\n".join(self.tr("line %1: %2").replace("%1", str(line)).replace("%2", reason)
                                           for line, reason in lines))
        self.errors.setVisible(bool(lines))
