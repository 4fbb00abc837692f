"""Text helpers of the local CRM: storable text, value kinds."""

from __future__ import annotations

import pytest

from runtime.crm.local import InvalidInput, LocalCrm
from runtime.crm.local.text import kind_of, storable


def test_storable_refuses_lone_surrogates_and_nul() -> None:
    assert storable("José 🎉", "x") == "José 🎉" and storable(7, "x") == 7
    with pytest.raises(InvalidInput) as info:
        storable("Jos\udce9", "first_name")
    assert str(info.value) == ("first_name: «Jos\\udce9» holds \\udce9, which is not a character (a byte that is "
                               "not UTF-8? check the terminal's or file's encoding)")
    with pytest.raises(InvalidInput, match="NUL character"):
        storable("a\x00", "city")


def test_contacts_and_tags_refuse_unstorable_text(crm: LocalCrm) -> None:
    with pytest.raises(InvalidInput, match="first_name"):
        crm.create_contact({"email": "a@x.es", "first_name": "Jos\udce9"})
    with pytest.raises(InvalidInput, match="tag"):
        crm.create_contact({"email": "a@x.es"}, tags=("v\udce9",))
    assert crm.search("").total == 0


@pytest.mark.parametrize(("value", "kind"), [
    ("2027-01-15", "date"), ("15/01/2027", "date"), ("31/02/2027", "text"), ("Madrid", "text"), (3, "number"),
])
def test_kind_of(value, kind: str) -> None:
    assert kind_of(value) == kind
