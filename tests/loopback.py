"""`served(server)`: wait until pytest-httpserver has answered every request already sent to it."""

from __future__ import annotations

import contextlib

import httpx

IDLE_PROBE = "/__idle__"


def served(server) -> None:
    """Return once every request sent before this call has been handled (and logged).

    The server answers one connection at a time, in the order they came: a probe sent now is
    answered only after them, however busy the machine. The probe itself is logged (a 500,
    no handler): callers that look at `server.log` afterwards skip it (`requests`).
    """
    with contextlib.suppress(httpx.HTTPError):
        httpx.get(server.url_for(IDLE_PROBE), timeout=60, trust_env=False)


def requests(server) -> list:
    """The requests in the server's log, without the idle probes."""
    return [r for r, _ in server.log if r.path != IDLE_PROBE]
