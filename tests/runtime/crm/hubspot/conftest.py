"""Fixtures for HubSpot tests: the fake server and an in-memory keyring."""

from __future__ import annotations

import pytest

from runtime.crm.hubspot import HubSpotApi, HubSpotOps
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot


@pytest.fixture
def hubspot(httpserver) -> FakeHubSpot:
    return FakeHubSpot(httpserver)


@pytest.fixture
def ops(hubspot, httpserver) -> HubSpotOps:
    api = HubSpotApi(TOKEN, httpserver.url_for("/").rstrip("/"), sleep=lambda s: None)
    return HubSpotOps(api, tag_property="caudal_tags")
