"""SSRF guard: which network targets a webhook may reach.

Loopback, private, link-local, multicast, reserved, unspecified and shared (CGNAT)
addresses are refused unless `allow_private` is set or the allowlist names the host,
the address, or a network containing it. A host name is resolved and EVERY address it
resolves to is checked. (The HTTP client resolves again when connecting; a DNS answer
that changes in between is a known, documented limit.)
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit


class TargetRefused(ValueError):
    """The URL points somewhere a webhook must not go; the message says where and why."""


def _why_private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, word in (("is_loopback", "loopback"), ("is_link_local", "link-local"),
                       ("is_multicast", "multicast"), ("is_unspecified", "unspecified"),
                       ("is_private", "private"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return word
    if isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"):
        return "shared (CGNAT)"
    return None


class Guard:
    """Checks URLs against the rules above."""

    def __init__(self, allow_private: bool = False, allowlist: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self.hosts: set[str] = set()
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allowlist:
            text = str(entry).strip()
            try:
                self.networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                if text:
                    self.hosts.add(text.casefold())

    def _allowed(self, host: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return self.allow_private or host.casefold() in self.hosts or any(ip in n for n in self.networks)

    def check(self, url: str) -> None:
        """Raise `TargetRefused` unless `url` is an http(s) URL to an allowed public target."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise TargetRefused(f"{url!r}: only http:// and https:// addresses are allowed")
        host = parts.hostname
        if not host:
            raise TargetRefused(f"{url!r}: the address has no host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, ValueError) as exc:
            raise TargetRefused(f"{url!r}: the host {host!r} cannot be resolved ({exc})") from exc
        for info in infos:
            ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            why = _why_private(ip)
            if why and not self._allowed(host, ip):
                raise TargetRefused(
                    f"{url!r}: {host} resolves to {ip}, a {why} address; webhooks may not reach it "
                    "unless the setting webhooks.allow_private or webhooks.allowlist allows it"
                )
