"""Fuzzing the template renderer: `TemplateProblem` with a message, or text; CRM values stay data.

Templates are drawn from pieces of Jinja syntax (expressions, filters, statements,
operators, literals, broken delimiters) and any text; contact values are any text,
including template syntax and lone surrogates. Derandomized (tests/runtime/fuzzing.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from runtime.kernel.templates import MAX_OUTPUT, Rendered, TemplateProblem, render
from tests.runtime.fuzzing import fuzz

PIECES = [
    "{{", "}}", "{%", "%}", "{#", "#}", " ", "\n", "contact", ".", "first_name", "city", "zip", "owner", "deal",
    "amount", "name", "tags", "loop", "index", "x", "|", "default('cliente')", "upper", "int", "float", "round",
    "truncate(3)", "replace('a', 'b')", "join(',')", "list", "length", "first", "last", "sort", "unique", "string",
    "trim", "title", "wordcount", "abs", "batch(2)", "slice(2)", "reverse", "max", "min", "e", "safe", "striptags",
    "[0]", "[-1]", "['a']", "()", "(", ")", "[", "]", ",", ":", " + ", " - ", " * ", " / ", " // ", " % ",
    " ** ", " ~ ", " == ", " < ", " and ", " or ", " not ", " in ", " is ", " if ", " else ", "1", "0", "-1",
    "9999999999", "1e308", "2.5", "'a'", '"b"', "[1, 2]", "{'a': 1}", "none", "true", "range(3)", "range(99999999)",
    "if ", "elif ", "else", "endif", "for x in ", "endfor", "set y = ", "with ", "endwith", "raw", "endraw",
    "macro m()", "endmacro", "call m()", "include 'x'", "import 'x' as y", "extends 'x'", "block b", "endblock",
    "filter upper", "endfilter", "__class__", "__init__", "mro()", "format", "%s", "\\", "'", '"', "\ud800", "ñ",
]
TEMPLATES = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=14).map("".join)
LITERALS = st.sampled_from(["1", "0", "-1", "2.5", "9999999999", "1e308", "'a'", "'ab%s'", "[1, 'b']", "{'a': 1}",
                            "none", "true", "range(4)", "range(99999999)", "''"])
FIELDS = st.sampled_from(["contact.first_name", "contact.city", "contact.tags", "contact.zip", "owner.name",
                          "deal.amount", "contact", "x", "loop.index", "contact.tags[0]", "contact.city[9]"])
FILTERS = st.sampled_from(["default('cliente')", "upper", "int", "float", "round(1)", "truncate(3)", "length",
                           "first", "last", "sort", "unique", "join(', ')", "list", "string", "trim", "title",
                           "abs", "batch(2)", "slice(2)", "reverse", "max", "min", "e", "safe", "replace('a', 'b')",
                           "wordcount", "striptags", "capitalize", "lower", "count", "d"])
OPERATORS = st.sampled_from([" + ", " - ", " * ", " / ", " // ", " % ", " ** ", " ~ ", " == ", " < ", " and ",
                             " or ", " in "])
EXPRESSIONS = st.recursive(
    LITERALS | FIELDS,
    lambda e: st.one_of(
        st.tuples(e, OPERATORS, e).map("".join),
        st.tuples(e, FILTERS).map(lambda t: f"{t[0]} | {t[1]}"),
        e.map(lambda x: f"({x})"),
        st.tuples(e, LITERALS).map(lambda t: f"{t[0]}[{t[1]}]"),
        e.map(lambda x: f"not {x}"),
    ),
    max_leaves=6,
)
BLOCKS = st.recursive(
    st.one_of(st.text(max_size=6).map(lambda t: t.replace("{", "(")), EXPRESSIONS.map(lambda x: f"{{{{ {x} }}}}")),
    lambda b: st.one_of(
        st.tuples(EXPRESSIONS, b, b).map(lambda t: f"{{% if {t[0]} %}}{t[1]}{{% else %}}{t[2]}{{% endif %}}"),
        st.tuples(EXPRESSIONS, b).map(lambda t: f"{{% for x in {t[0]} %}}{t[1]}{{% endfor %}}"),
        st.tuples(EXPRESSIONS, b).map(lambda t: f"{{% set x = {t[0]} %}}{t[1]}"),
        st.lists(b, max_size=3).map("".join),
    ),
    max_leaves=5,
)
VALUES = st.one_of(st.text(max_size=20), st.sampled_from(["{{ 7 * 7 }}", "{% for x in range(9) %}x{% endfor %}",
                                                         "<b>&amp;</b>", "\ud800", "\x00"]),
                   st.integers(), st.floats(allow_nan=True), st.none(), st.lists(st.text(max_size=4), max_size=3))


def data(first_name, city) -> dict:
    return {"contact": {"first_name": first_name, "city": city, "tags": ["vip", "cliente"]},
            "owner": {"name": "Eva"}, "deal": {"amount": 1200.0}}


@fuzz(300)
@given(TEMPLATES, VALUES, VALUES, st.booleans())
def test_any_template_renders_or_is_refused_clearly(source: str, first_name, city, autoescape: bool) -> None:
    try:
        out = render(source, data(first_name, city), autoescape=autoescape)
    except TemplateProblem as exc:
        assert str(exc)
        return
    assert isinstance(out, Rendered) and isinstance(out.text, str) and len(out.text) <= MAX_OUTPUT


@fuzz(300)
@given(BLOCKS, VALUES, VALUES, st.booleans())
def test_well_formed_templates_render_or_are_refused_clearly(source: str, first_name, city, autoescape: bool) -> None:
    test_any_template_renders_or_is_refused_clearly.hypothesis.inner_test(source, first_name, city, autoescape)


@fuzz(200)
@given(st.text(max_size=40), st.text(max_size=40), st.booleans())
def test_contact_values_are_inserted_as_written_never_run(before: str, value: str, autoescape: bool) -> None:
    literal = before.replace("{", "(").replace("%", "pct")  # text around the merge field, no template syntax
    out = render(literal + "{{ contact.first_name }}", data(value, ""), autoescape=autoescape)
    # Jinja writes the template's own line breaks as "\n"; the value keeps its own, whatever they are.
    lines = literal.replace("\r\n", "\n").replace("\r", "\n")
    assert out.text == lines + (str(escape(value)) if autoescape else value) and out.missing == []
