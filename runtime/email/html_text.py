"""The plain-text part of an email, generated from its HTML (stdlib html.parser).

Paragraphs and line breaks become blank lines and newlines, list items start with
"- ", links read "text (url)", scripts and styles vanish, entities are decoded.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK = {"p", "div", "table", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "section", "article", "header", "footer"}
_SKIP = {"script", "style", "head", "title"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.links: list[tuple[str, int]] = []  # (href, index in parts where its text starts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            text = "".join(self.parts[start:]).strip()
            if href and not href.startswith(("#", "javascript:")) and href != text:
                shown = href[7:] if href.startswith("mailto:") else href
                if shown != text:
                    self.parts.append(f" ({shown})")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


# The fast path: HTML made only of these tags, bare (no attributes), and text; what `_TextParser`
# writes for each. Anything else (an attribute, a link, a comment, a stray "<") goes to the parser.
_BARE = {**{t: ("\n\n", "\n\n") for t in _BLOCK}, "br": ("\n", ""), "li": ("\n- ", ""),
         **{t: ("", "") for t in ("b", "strong", "i", "em", "u", "s", "small", "span", "sub", "sup", "code")}}
_BARE_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\s*(/?)>")
_GAPS = re.compile(r"\n{3,}")


def _data(text: str) -> str:
    """`text` decoded, each run of whitespace one space: `re.sub(r"\\s+", " ", ...)` as the parser's
    data is, 3-4x faster (str.split() and `\\s` know the same whitespace; a test checks every
    code point)."""
    if "&" in text:
        text = unescape(text)
    words = text.split()
    if not words:
        return " " if text else text
    inner = " ".join(words)
    if inner == text:
        return text
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _bare_parts(html: str) -> list[str] | None:
    """What `_TextParser` collects for `html` when it is made of `_BARE` tags and text, else None."""
    pieces = _BARE_TAG.split(html)  # text, then per tag: "/" or "", its name, "/" or "", the text after it
    parts: list[str] = []
    last = len(pieces) - 1
    for at in range(0, len(pieces), 4):
        data = pieces[at]
        if data:
            if "<" in data:
                return None
            parts.append(_data(data))
        if at < last:
            closing, out = pieces[at + 1], _BARE.get(pieces[at + 2].lower())
            if out is None or (closing and pieces[at + 3]):
                return None
            parts.append(out[1] if closing else out[0])
    return parts


def html_to_text(html: str) -> str:
    """Readable plain text for `html`."""
    parts = _bare_parts(html or "")
    if parts is None:
        parser = _TextParser()
        parser.feed(html or "")
        parser.close()
        parts = parser.parts
    text = "".join(parts)
    lines = [line.strip(" ") for line in text.replace("\t", "  ").split("\n")]
    text = "\n".join(lines)
    return _GAPS.sub("\n\n", text).strip() + "\n"


def looks_like_html(text: str) -> bool:
    """Whether `text` is HTML (a tag in it) rather than plain text."""
    return bool(re.search(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>", text or ""))
