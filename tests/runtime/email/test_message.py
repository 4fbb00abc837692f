"""check_address: a plain address is taken as is, anything else is parsed and refused when bad."""

from __future__ import annotations

import pytest

from runtime.email import message
from runtime.email.render import HeaderProblem


@pytest.mark.parametrize("value", ["ana@example.es", "ana.garcia+news@mail.example.es", "a_b%c-d@x-y.example",
                                   "Ana <ana@example.es>", '"García, Ana" <ana@example.es>', " ana@example.es"])
def test_plain_addresses_come_back_as_the_parser_gives_them(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = message.check_address("to", value)
    monkeypatch.setattr(message, "_PLAIN", message.re.compile(r"(?!)"))  # the parsing path only
    assert fast == message.check_address("to", value)


@pytest.mark.parametrize("value", ["ana", "ana@example.es, luis@example.es", "ana@example.es\r\nBcc: x@y.z"])
def test_bad_addresses_are_refused(value: str) -> None:
    with pytest.raises(HeaderProblem):
        message.check_address("to", value)
