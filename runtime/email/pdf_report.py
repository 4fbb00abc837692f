"""PDF reports (fpdf2, pure Python): a title, the rendered report text and a table of the
contact's deals and tasks. A Unicode TTF (DejaVu Sans) is embedded when one is found."""

from __future__ import annotations

from typing import Any


def render_report_pdf(rendered_text_or_html: str, contact: dict[str, Any], deals: list[dict[str, Any]],
                      tasks: list[dict[str, Any]], title: str, lang: str = "es") -> bytes:
    """The PDF bytes of a report (starts with b"%PDF")."""
    raise NotImplementedError
