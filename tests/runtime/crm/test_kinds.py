"""Every kind of connection checks its secret's shape and says what is wrong."""

from __future__ import annotations

import pytest

from runtime.crm.kinds import KINDS, SecretProblem


def test_secret_shapes() -> None:
    assert set(KINDS) == {"hubspot", "bitrix24", "clientify", "pipedrive"}
    assert KINDS["bitrix24"].check("https://p.bitrix24.es/rest/1/abc") == "https://p.bitrix24.es/rest/1/abc/"
    assert KINDS["bitrix24"].display("https://p.bitrix24.es/rest/1/abc/", "") == "https://p.bitrix24.es/rest/***/"
    with pytest.raises(SecretProblem, match="looks like https://yourportal"):
        KINDS["bitrix24"].check("https://p.bitrix24.es/nope")
    for kind in ("hubspot", "clientify", "pipedrive"):
        assert KINDS[kind].check("  tok123  ") == "tok123" and KINDS[kind].base_url.startswith("https://")
        with pytest.raises(SecretProblem, match="empty"):
            KINDS[kind].check(" ")
        with pytest.raises(SecretProblem, match="spaces"):
            KINDS[kind].check("a b")
