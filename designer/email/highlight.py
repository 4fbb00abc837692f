"""Colours an HTML template body: tags muted, merge fields (`{{ … }}`, `{% … %}`) in the accent colour."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

TAG = re.compile(r"</?[A-Za-z][^<>{}]*>")
MERGE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _format(color: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


class TemplateHighlighter(QSyntaxHighlighter):
    """Line by line (merge fields do not span lines in practice)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.tag_format = _format("#7b8794")
        self.merge_format = _format("#1f6fb2", bold=True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for match in TAG.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.tag_format)
        for match in MERGE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.merge_format)
