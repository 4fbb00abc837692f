"""`served(server)`: wait until pytest-httpserver has answered every request already sent to it."""

from __future__ import annotations

import contextlib

import httpx


def served(server) -> None:
    """Return once every request sent before this call has been handled (and logged).

    The server answers one connection at a time, in the order they came: a probe sent now is
    answered only after them, however busy the machine. The probe is logged too (a 500, no
    handler): clear the server before counting its log again.
    """
    with contextlib.suppress(httpx.HTTPError):
        httpx.get(server.url_for("/__idle__"), timeout=60, trust_env=False)
