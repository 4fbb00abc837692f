"""`check_text` through `loads`: lone surrogates, NUL and deep nesting are refused with file, line and node."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime.flows.errors import FlowFileError
from runtime.flows.fileformat import from_document, loads
from runtime.flows.jsonlines import MAX_DEPTH, LineMap
from runtime.flows.textcheck import check_text, shown

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "bienvenida.caudal.json"
TEXT = EXAMPLE.read_text(encoding="utf-8")
EMAIL_NODE = "b1e0c0de-0000-4000-8000-000000000002"


def refused(text: str) -> FlowFileError:
    with pytest.raises(FlowFileError) as info:
        loads(text, "f.caudal.json")
    return info.value


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_lone_surrogate_in_a_node_title_names_line_node_and_field() -> None:
    text = TEXT.replace('"title": "Correo de bienvenida"', '"title": "Correo \\ud800 de bienvenida"')
    exc = refused(text)
    assert exc.codes == ["bad_character"]
    node_line = line_of(text, f'"id": "{EMAIL_NODE}"') - 1  # the node object's opening brace
    assert str(exc) == (f"f.caudal.json:{node_line}: node {EMAIL_NODE} («Correo \\ud800 de bienvenida»): "
                        "«title» holds \\ud800, a lone half of a UTF-16 pair that is not a character; remove it.")
    str(exc).encode("utf-8")  # printable: the message itself holds no surrogate
    assert "medio par UTF-16 suelto" in exc.text("es")


@pytest.mark.parametrize(("old", "new", "field"), [
    ('"Da la bienvenida', '"Da \\udfff la bienvenida', "«flow.description»"),
    ('"subject": "¡Bienvenida', '"subject": "\\udc80¡Bienvenida', "«config.subject»"),
    ('"tag": "cliente"', '"tag": "cliente", "x\\ud83d": 1', "the key «config.x\\ud83d»"),
    ('"vip"}', '"vip\\u0000"}', "«config.condition.rules[0].value»"),
])
def test_every_string_and_key_is_checked(old: str, new: str, field: str) -> None:
    exc = refused(TEXT.replace(old, new, 1))
    assert exc.codes == ["bad_character"] and field in str(exc)


def test_a_valid_surrogate_pair_is_an_ordinary_character() -> None:
    flow = loads(TEXT.replace('"title": "Nuevo cliente"', '"title": "Nuevo cliente \\ud83c\\udf89"'))
    assert flow.nodes[0].title == "Nuevo cliente 🎉"


def test_every_bad_string_is_listed() -> None:
    text = TEXT.replace('"Bienvenida"', '"Bien\\ud800venida"').replace('"Nuevo cliente"', '"Nuevo\\u0000"')
    exc = refused(text)
    assert exc.codes == ["bad_character", "bad_character"]
    assert "«flow.name»" in str(exc) and "NUL character" in str(exc)


def test_nesting_deeper_than_the_limit_is_refused_with_its_line() -> None:
    for depth in (MAX_DEPTH, 900, 5000):
        text = TEXT.replace('"tag": "cliente"', '"tag": "cliente",\n"x": ' + "[" * depth + "]" * depth, 1)
        exc = refused(text)
        assert exc.codes == ["too_deep"]
        line = line_of(text, '"x"')
        assert str(exc) == f"f.caudal.json:{line}: objects and lists nested more than 64 levels deep."


def test_nesting_just_under_the_limit_loads() -> None:
    inner = MAX_DEPTH - 7  # document, flow, nodes, node, config, x: the list starts at depth 7
    text = TEXT.replace('"tag": "cliente"', '"tag": "cliente", "x": ' + "[" * inner + "]" * inner, 1)
    value = loads(text).nodes[0].config["x"]
    for _ in range(inner - 1):
        value = value[0]
    assert value == []


def test_documents_not_from_a_file_are_checked_too() -> None:
    doc = loads(TEXT)
    from runtime.flows.fileformat import to_document

    raw = to_document(doc)
    raw["flow"]["nodes"][1]["config"]["subject"] = "Hola \udc80"
    with pytest.raises(FlowFileError) as info:
        from_document(raw, "flow 7")
    assert info.value.issues[0].node_id == EMAIL_NODE and info.value.issues[0].line is None
    nested: list = []
    raw["flow"]["nodes"][1]["config"] = {"subject": "x", "deep": nested}
    for _ in range(100):
        nested.append([])
        nested = nested[0]
    with pytest.raises(FlowFileError) as info:
        from_document(raw, "flow 7")
    assert info.value.codes == ["too_deep"]


def test_check_text_and_shown_directly() -> None:
    assert check_text({"a": ["ok", {"b": "fine ñ 🎉"}]}, LineMap()) == []
    assert check_text({"a": "written \\u0000 and \\ud800 as text"}, LineMap()) == []
    assert shown("a\ud800b\x00") == "a\\ud800b\\x00" and shown("ñ") == "ñ"
    issues = check_text({"nodes": [{"id": "n1", "title": "T\ud800"}]}, LineMap({(): 1, ("nodes", 0): 3}))
    assert [(i.line, i.node_id, i.node_title) for i in issues] == [(3, "n1", "T\\ud800")]
