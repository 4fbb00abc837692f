"""The CRM kinds a connection can be: what its secret looks like and how to open it.

    spec = KINDS["hubspot"]
    connector, source = spec.open(name, secret, base_url, tag_property, **http_options)

`base_url` is the API root (a vendor sandbox or test portal may be given with `--base-url`);
Bitrix24 has none: its inbound webhook URL is the secret and the address at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from runtime.crm.http.redact import redact_webhook_url
from runtime.i18n import N_


class SecretProblem(ValueError):
    """A token or webhook URL of the wrong shape (the message says which)."""


@dataclass(frozen=True)
class Kind:
    id: str
    title: str
    secret_label: str  # what the user pastes ("private-app token", "inbound webhook URL", ...)
    base_url: str  # the default API root ("" for Bitrix24)
    check: Callable[[str], str]  # returns the cleaned secret or raises SecretProblem
    opener: Callable[..., tuple[Any, Any]]
    display: Callable[[str, str], str]  # (secret, base_url) -> what may be shown

    def open(self, name: str, secret: str, base_url: str, tag_property: str, **http: Any) -> tuple[Any, Any]:
        return self.opener(name, secret, base_url or self.base_url, tag_property, **http)


def _token(label: str) -> Callable[[str], str]:
    def check(secret: str) -> str:
        secret = (secret or "").strip()
        if not secret:
            raise SecretProblem(N_("the {label} is empty").format(label=label))
        if any(ch.isspace() for ch in secret):
            raise SecretProblem(N_("the {label} must not contain spaces").format(label=label))
        return secret
    return check


def _webhook(secret: str) -> str:
    secret = (secret or "").strip()
    if not secret:
        raise SecretProblem(N_("the webhook URL is empty"))
    if not re.match(r"^https?://[^/\s]+/rest/\d+/[^/\s]+/?$", secret):
        raise SecretProblem(N_("a Bitrix24 inbound webhook URL looks like "
                               "https://yourportal.bitrix24.es/rest/1/abc123xyz/ (got {url})").format(
                                   url=redact_webhook_url(secret)))
    return secret.rstrip("/") + "/"


# Each opener imports its connector's package when a connection of its kind opens (httpx and more).
def _open_hubspot(name: str, secret: str, base_url: str, tag: str, **http: Any) -> tuple[Any, Any]:
    from runtime.crm.hubspot import HubSpotApi, HubSpotConnector
    from runtime.crm.hubspot.source import HubSpotSource

    hub = HubSpotConnector(name, HubSpotApi(secret, base_url, **http), tag)
    return hub, HubSpotSource(hub.ops)


def _open_bitrix24(name: str, secret: str, base_url: str, tag: str, **http: Any) -> tuple[Any, Any]:
    from runtime.crm.bitrix24 import Bitrix24Api, Bitrix24Connector
    from runtime.crm.bitrix24.source import Bitrix24Source

    b24 = Bitrix24Connector(name, Bitrix24Api(secret, **http), tag)
    return b24, Bitrix24Source(b24.ops)


def _open_clientify(name: str, secret: str, base_url: str, tag: str, **http: Any) -> tuple[Any, Any]:
    from runtime.crm.clientify import ClientifyApi, ClientifyConnector
    from runtime.crm.clientify.source import ClientifySource

    cli = ClientifyConnector(name, ClientifyApi(secret, base_url, **http))
    return cli, ClientifySource(cli.ops)


def _open_pipedrive(name: str, secret: str, base_url: str, tag: str, **http: Any) -> tuple[Any, Any]:
    from runtime.crm.pipedrive import PipedriveApi, PipedriveConnector
    from runtime.crm.pipedrive.source import PipedriveSource

    pd = PipedriveConnector(name, PipedriveApi(secret, base_url, **http))
    return pd, PipedriveSource(pd.ops)


def _shown(secret: str, base_url: str) -> str:
    return base_url


KINDS: dict[str, Kind] = {
    "hubspot": Kind("hubspot", "HubSpot", "private-app token", "https://api.hubapi.com",
                    _token(N_("HubSpot token")), _open_hubspot, _shown),
    "bitrix24": Kind("bitrix24", "Bitrix24", "inbound webhook URL", "", _webhook, _open_bitrix24,
                     lambda secret, base: redact_webhook_url(secret)),
    "clientify": Kind("clientify", "Clientify", "API key", "https://api.clientify.net/v1",
                      _token(N_("Clientify API key")), _open_clientify, _shown),
    "pipedrive": Kind("pipedrive", "Pipedrive", "API token", "https://api.pipedrive.com",
                      _token(N_("Pipedrive API token")), _open_pipedrive, _shown),
}
