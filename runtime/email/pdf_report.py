"""PDF reports with fpdf2 (pure Python): a title, the contact, the rendered report text,
and a table of the contact's deals and one of its tasks.

Fonts: DejaVu Sans (Unicode: accents, ñ, Greek, Cyrillic...) from resources/fonts (shipped,
Bitstream Vera license) or the system; without it, the PDF core font Helvetica with
characters outside Latin-1 replaced by "?".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

from runtime.email.html_text import html_to_text, looks_like_html
from runtime.i18n import N_, tr
from runtime.i18n.formats import format_amount, format_date, format_datetime

_FONT_DIRS = (Path(__file__).resolve().parents[2] / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu"),
              Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
_WORDS = {  # the report's headings, translated through the catalogs
    "contact": N_("Contact"), "deals": N_("Deals"), "tasks": N_("Tasks"), "title": N_("Title"),
    "stage": N_("Stage"), "amount": N_("Amount"), "close": N_("Close date"), "due": N_("Due"),
    "done": N_("Done"), "yes": N_("yes"), "no": N_("no"), "none": N_("None."), "made": N_("Made by Caudal on {when}"),
}


def unicode_font() -> tuple[Path, Path | None] | None:
    """(regular, bold) DejaVu Sans files, or None when none is found."""
    for folder in _FONT_DIRS:
        regular = folder / "DejaVuSans.ttf"
        if regular.is_file():
            bold = folder / "DejaVuSans-Bold.ttf"
            return regular, bold if bold.is_file() else None
    return None


class _Report(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_auto_page_break(True, margin=15)
        found = unicode_font()
        self.unicode = found is not None
        if found:
            self.add_font("Body", "", str(found[0]))
            self.add_font("Body", "B", str(found[1] or found[0]))
            self.family = "Body"
        else:
            self.family = "Helvetica"

    def text_ok(self, text: Any) -> str:
        value = "" if text is None else str(text)
        return value if self.unicode else value.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.cell(0, 6, f"{self.page_no()}", align="C")


def _amount(value: Any, lang: str) -> str:
    try:
        return format_amount(float(value), lang) if value not in (None, "") else ""
    except (TypeError, ValueError):
        return str(value)


def _when(value: Any, lang: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, int | float):
        return format_date(float(value), lang, tz=UTC)
    try:
        return format_date(date.fromisoformat(str(value)[:10]), lang)
    except ValueError:
        return str(value)[:10]


def _table(pdf: _Report, heading: str, header: list[str], rows: list[list[str]], words: dict[str, str]) -> None:
    pdf.ln(4)
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(0, 8, pdf.text_ok(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 9)
    if not rows:
        pdf.cell(0, 6, pdf.text_ok(words["none"]), new_x="LMARGIN", new_y="NEXT")
        return
    with pdf.table(text_align="LEFT", line_height=5.5) as table:
        for values in [header, *rows]:  # the first row is the heading (bold)
            row = table.row()
            for value in values:
                row.cell(pdf.text_ok(value))


def render_report_pdf(rendered_text_or_html: str, contact: dict[str, Any], deals: list[dict[str, Any]],
                      tasks: list[dict[str, Any]], title: str, lang: str = "es") -> bytes:
    """The PDF bytes of a report (they start with b"%PDF").

    Args:
        rendered_text_or_html: the report's content, merge fields already filled in.
        contact: the contact (first_name, last_name, email, company...).
        deals: its deals (title, stage, amount, close_date).
        tasks: its tasks (title, due_at, done).
        title: the report's title.
        lang: the language of the headings, dates and amounts (es, en, fr, id).
    """
    words = {key: tr(lang, text, when="{when}") for key, text in _WORDS.items()}
    pdf = _Report()
    pdf.set_title(pdf.text_ok(title))
    pdf.set_creator("Caudal")
    pdf.add_page()
    pdf.set_font(pdf.family, "B", 18)
    pdf.multi_cell(0, 9, pdf.text_ok(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", 10)
    name = " ".join(str(contact.get(k) or "") for k in ("first_name", "last_name")).strip()
    who = ", ".join(x for x in (name, str(contact.get("email") or ""), str(contact.get("company") or "")) if x)
    pdf.multi_cell(0, 6, pdf.text_ok(f"{words['contact']}: {who}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    body = rendered_text_or_html or ""
    text = html_to_text(body) if looks_like_html(body) else body
    pdf.set_font(pdf.family, "", 11)
    pdf.multi_cell(0, 6, pdf.text_ok(text.strip()), new_x="LMARGIN", new_y="NEXT")
    _table(pdf, words["deals"], [words["title"], words["stage"], words["amount"], words["close"]],
           [[str(d.get("title") or ""), str(d.get("stage") or ""),
             _amount(d.get("amount"), lang), _when(d.get("close_date"), lang)] for d in deals],
           words)
    _table(pdf, words["tasks"], [words["title"], words["due"], words["done"]],
           [[str(t.get("title") or ""), _when(t.get("due_at"), lang), words["yes"] if t.get("done") else words["no"]]
            for t in tasks], words)
    pdf.ln(6)
    pdf.set_font(pdf.family, "", 8)
    made = format_datetime(datetime.now(UTC), lang, tz=UTC) + " UTC"
    pdf.cell(0, 5, words["made"].format(when=made))
    return bytes(pdf.output())
