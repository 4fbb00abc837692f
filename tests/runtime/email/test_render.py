"""Email rendering: `{{ ns.key }}`-only texts are filled without Jinja, exactly as Jinja fills them."""

from __future__ import annotations

import pytest

from runtime.email.render import HeaderProblem, render_parts
from runtime.kernel.templates import render

DATA = {"contact": {"first_name": "Ana", "last_name": None, "visits": 3, "score": 1.5, "city": "Cádiz <sur>",
                    "note": "{{ contact.first_name }}", "quote": "O'Brien \"Bea\" & co", "plain": "Ana María"},
        "owner": {"name": "Eva"}}


@pytest.mark.parametrize("text", [
    "Hola {{ contact.first_name }}",
    "Hola {{contact.first_name}} {{ contact.last_name }} ({{ contact.visits }}, {{ contact.score }})\n\n",
    "{{ contact.city }} y {{ owner.name }}: {{ contact.missing }}{{ owner.nope }}",
    "{{ contact.note }}",  # a CRM value is data, never rendered as a template
    "Sin campos",
])
def test_plain_texts_render_as_jinja_renders_them(text: str) -> None:
    jinja = render(text, DATA)
    out = render_parts(text.replace("\n", " "), text, DATA)
    assert out.text == jinja.text and out.missing == jinja.missing
    assert out.subject == render(text.replace("\n", " "), DATA).text.strip()


@pytest.mark.parametrize("body", [
    "<p>{{ contact.city }} &amp; {{ contact.first_name }}</p>",
    "<p>{{ contact.city | default('tu <ciudad>') }}, {{ contact.missing | d(\"tu & ciudad\") }} "
    "{{ contact.last_name | d('-') }}</p>",
    "<p>{{ contact.quote }} / {{ contact.plain }} / {{ contact.visits }}</p>",  # each of & < > ' " escaped, or none
])
def test_html_bodies_with_plain_fields_render_as_jinja_escapes_them(body: str) -> None:
    jinja = render(body, DATA, autoescape=True)
    out = render_parts("x", body, DATA)
    assert out.html == jinja.text and out.missing == jinja.missing


def test_an_html_body_is_still_escaped_and_a_filter_still_works() -> None:
    out = render_parts("{{ contact.city | upper }}", "<p>{{ contact.city }}</p>", DATA)
    assert out.subject == "CÁDIZ <SUR>" and out.html == "<p>Cádiz &lt;sur&gt;</p>"


def test_a_missing_namespace_goes_to_jinja_and_renders_empty() -> None:
    out = render_parts("Hola {{ deal.title }}", "x", {"contact": {}})
    assert out.subject == "Hola" and out.missing == ["deal"]


def test_a_line_break_from_a_value_in_the_subject_is_refused() -> None:
    with pytest.raises(HeaderProblem):
        render_parts("Hola {{ contact.first_name }}", "", {"contact": {"first_name": "Ana\r\nBcc: x@y.z"}})
