"""html_to_text: the fast path for bare-tag HTML writes what the HTML parser writes."""

from __future__ import annotations

import itertools

import pytest

from runtime.email import html_text

PIECES = ["<p>", "</p>", "<br>", "<br/>", "<LI>", "<b>", "</strong >", "<div/>", "Hola  García", "\n\t",
          "&amp;", "&lt;b&gt;", "&#10;", "&nbsp;", "&am", " & ", ">"]


def _parsed(html: str) -> str:
    parser = html_text._TextParser()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


@pytest.mark.parametrize("html", ["".join(p) for p in itertools.product(PIECES, repeat=3)])
def test_bare_tags_and_text_give_what_the_parser_gives(html: str) -> None:
    parts = html_text._bare_parts(html)
    assert parts is not None and "".join(parts) == _parsed(html)


@pytest.mark.parametrize("html", ['<p class="x">Hola</p>', "<a href='https://e.es'>e</a>", "a < b", "<!-- c --><p>x",
                                  "<script>x</script>", "<img alt='y'>", "<p/ >"])
def test_anything_else_goes_to_the_parser(html: str) -> None:
    assert html_text._bare_parts(html) is None


def test_the_text_part_of_a_marketing_email() -> None:
    html = "<p>Hola Ana &amp; Luis:</p><p>Gracias por unirte desde Madrid.<br>Te escribimos a a@e.es.</p>"
    assert html_text.html_to_text(html) == ("Hola Ana & Luis:\n\nGracias por unirte desde Madrid.\n"
                                            "Te escribimos a a@e.es.\n")


def test_text_is_collapsed_as_the_parser_collapses_it() -> None:
    """`_data` collapses whitespace with str.split(): the same characters as the regex's `\\s`."""
    import re
    import sys

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))
    assert spaces == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    for text in ["", " ", "a", " a ", "a  b", "\xa0a\u2003b\n", spaces, f"x{spaces}y", "&amp; a&nbsp; b &lt;"]:
        assert html_text._data(text) == re.sub(r"\s+", " ", html_text.unescape(text)), repr(text)
