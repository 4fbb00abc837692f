"""Rendering an email's subject and body with merge fields, safely.

The subject is rendered as text (it is a header: a CR or LF in it is refused). The
body is HTML rendered with autoescape, so CRM values can never inject markup; a plain
text body (no tags) is rendered as text and turned into simple HTML. The plain-text
part is generated from the HTML. Any template problem names the field it came from.
"""

from __future__ import annotations

import html as htmllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from runtime.email.html_text import html_to_text, looks_like_html
from runtime.kernel.context import fill_plain, plain_fields, plan_namespaces
from runtime.kernel.templates import TemplateProblem, has_merge_fields, render


class HeaderProblem(ValueError):
    """A header value (subject, To, From, a name) holds a CR or LF: refused."""


@dataclass
class RenderedEmail:
    """A rendered email: subject, HTML and text parts, and the merge fields that were empty."""

    subject: str
    html: str
    text: str
    missing: list[str] = field(default_factory=list)


def check_header(label: str, value: str) -> str:
    """`value` unchanged, or HeaderProblem when it holds a line break."""
    if "\r" in value or "\n" in value:
        shown = value.replace("\r", "\\r").replace("\n", "\\n")[:120]
        raise HeaderProblem(f"the {label} contains a line break (CR/LF), which could inject email headers: "
                            f"{shown!r}")
    return value


def _field(label: str, source: Any, data: dict[str, Any], autoescape: bool) -> tuple[str, list[str]]:
    if has_merge_fields(source):  # `{{ contact.first_name }}` (`| default('...')`) only: filled without Jinja
        plan = plain_fields(source)
        if plan is not None and all(isinstance(data.get(ns), dict) for ns in plan_namespaces(plan)):
            filled = fill_plain(plan, data, autoescape)
            if filled is not None:
                return filled
    try:
        out = render(source, data, autoescape=autoescape)
    except TemplateProblem as exc:
        raise TemplateProblem(f"{label}: {exc}") from None
    return out.text, out.missing


def text_to_html(text: str) -> str:
    """Plain text as minimal HTML (escaped, line breaks kept)."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{htmllib.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())


_is_html = lru_cache(maxsize=256)(looks_like_html)  # a node's body, asked for every email it sends


def render_parts(subject: Any, body: Any, data: dict[str, Any], where: str = "") -> RenderedEmail:
    """Render `subject` and `body` with `data`; `where` prefixes error messages (e.g. a node).

    Raises:
        TemplateProblem: a template is invalid or unsafe (the message names the field).
        HeaderProblem: the rendered subject holds CR/LF.
    """
    prefix = f"{where}: " if where else ""
    subject_text, missing = _field(f"{prefix}subject", subject, data, autoescape=False)
    subject_text = check_header(f"{prefix}subject", subject_text.strip())
    body_source = "" if body is None else str(body)
    if _is_html(body_source):
        html, more = _field(f"{prefix}body", body_source, data, autoescape=True)
        text = html_to_text(html)
    else:
        text, more = _field(f"{prefix}body", body_source, data, autoescape=False)
        html = text_to_html(text)
    return RenderedEmail(subject_text, html, text, sorted({*missing, *more}) if missing or more else [])
