"""Line-aware JSON parsing: lines per path, refusal of duplicate keys and NaN."""

from __future__ import annotations

import pytest

from runtime.flows.jsonlines import JsonSyntaxError, LineMap, parse


def test_lines_of_objects_and_arrays() -> None:
    value, lines = parse('{\n "a": [\n  {"b": 1},\n\n  {}\n ],\n "c": {"d": [1, 2]}\n}\n')
    assert value == {"a": [{"b": 1}, {}], "c": {"d": [1, 2]}}
    assert lines.line(()) == 1 and lines.line(("a",)) == 2
    assert lines.line(("a", 0)) == 3 and lines.line(("a", 1)) == 5
    assert lines.line(("c", "d")) == 7
    assert lines.line(("a", 0, "b")) == 3  # a scalar: its object's line
    assert lines.line(("zz", 9)) == 1


def test_moved_paths() -> None:
    lines = LineMap({(): 1, ("links",): 4, ("links", 0): 5}).moved((), ("flow",))
    lines = lines.moved(("flow", "links"), ("flow", "edges"))
    assert lines.line(("flow", "edges", 0)) == 5 and lines.line(()) is None


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('{"a": 1,\n "a": 2}', "duplicate key 'a'", 1),
        ('{"a": 1,\n "b" 2}', "Expecting ':' delimiter", 2),
        ('{"a": NaN}', "NaN is not allowed in a flow file", None),
        ("", "Expecting value", 1),
    ],
)
def test_refusals(text: str, message: str, line: int | None) -> None:
    with pytest.raises(JsonSyntaxError) as info:
        parse(text)
    assert info.value.message == message and info.value.line == line


def test_deep_nesting_is_refused_not_crashing() -> None:
    with pytest.raises(JsonSyntaxError):
        parse("[" * 100_000 + "]" * 100_000)


@pytest.mark.parametrize("depth", [65, 300, 900, 100_000])
@pytest.mark.parametrize("reader", ["parse", "parse_fast"])
def test_nesting_over_the_limit_names_its_line(depth: int, reader: str) -> None:
    from runtime.flows import jsonlines

    text = '{"a": "[[[ {{ \\"",\n "b": [\n' + "[" * depth + "]" * depth + "]}"
    with pytest.raises(JsonSyntaxError) as info:
        getattr(jsonlines, reader)(text)
    assert (info.value.code, info.value.line) == ("too_deep", 3)
    assert info.value.message == "objects and lists nested more than 64 levels deep"


def test_nesting_at_the_limit_parses() -> None:
    from runtime.flows.jsonlines import MAX_DEPTH, parse_fast

    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse(text)[0] == parse_fast(text)[0]


def test_fast_parse_gives_the_same_value_and_lazy_lines() -> None:
    from runtime.flows.jsonlines import parse_fast

    text = '{\n "a": [\n  {"b": 1}\n ]\n}\n'
    value, lines = parse_fast(text)
    assert value == parse(text)[0]
    assert lines.line(("a", 0)) == 3
    assert lines.moved(("a",), ("x", "a")).line(("x", "a", 0)) == 3
    with pytest.raises(JsonSyntaxError) as info:
        parse_fast('{"a": 1,\n "a": 2}')
    assert info.value.line == 1 and info.value.message == "duplicate key 'a'"


def test_lines_with_escaped_keys_and_brackets_inside_strings() -> None:
    text = '{"k\\u00e9y": "{[\\"",\n "a\\"b": [\n  "]}", {\n"x": 1}]}'
    value, lines = parse(text)
    assert set(value) == {"kéy", 'a"b'}
    assert lines.line(('a"b',)) == 2 and lines.line(('a"b', 1)) == 3


def test_a_repeated_key_is_named_with_its_objects_line_before_a_later_error() -> None:
    with pytest.raises(JsonSyntaxError) as info:
        parse('[\n {"b": 1, "c": 2, "c": 3, "b": 4},\n oops]')
    assert (info.value.message, info.value.line) == ("duplicate key 'c'", 2)
