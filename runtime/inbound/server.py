"""The HTTP endpoint of web forms: `POST /in/<flow id>/<token>`, on 127.0.0.1:8765 by default.

Limits before anything is read: a body must say its length (411) and stay under
`inbound.max_bytes` (413, unread); each client address may send `inbound.rate_per_minute`
submissions a minute to one flow (429 with Retry-After). Answers are JSON
(`{"ok": false, "error": "..."}` for a refusal), or a 303 to the form's `_redirect`. Other
methods get 405; OPTIONS answers the browser's CORS question. The request line is never
logged with its token. `serve_for(runtime)` starts it for the service when `inbound.enabled`.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from runtime.appsettings import list_settings
from runtime.inbound.payload import InboundError
from runtime.inbound.submit import Reply, submit

log = logging.getLogger(__name__)
PATH_RE = re.compile(r"^/in/([0-9a-fA-F-]{36})/([A-Za-z0-9_-]{16,128})/?$")
SOCKET_TIMEOUT = 15.0  # seconds a slow client may take to send its request


class RateLimiter:
    """A token bucket per key: `per_minute` requests, refilled evenly; thread-safe."""

    def __init__(self, per_minute: int, clock: Any = time.monotonic) -> None:
        self.per_minute = max(1, int(per_minute))
        self.clock = clock
        self._buckets: dict[Any, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: Any) -> float:
        """0 when the request may go on, else the seconds to wait."""
        now = self.clock()
        rate = self.per_minute / 60.0
        with self._lock:
            if len(self._buckets) > 10_000:  # forget addresses quiet for two minutes (their bucket is full again)
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 120}
            tokens, last = self._buckets.get(key, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / rate


class InboundServer(ThreadingHTTPServer):
    """Serves the form endpoint for `engine` on `db`; `wake()` is called after each enrollment."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, db: Any, engine: Any, host: str = "127.0.0.1", port: int = 8765,
                 max_bytes: int = 65536, per_minute: int = 60, wake: Any = None) -> None:
        super().__init__((host, port), FormHandler)
        self.db = db
        self.engine = engine
        self.max_bytes = max_bytes
        self.limiter = RateLimiter(per_minute)
        self.wake = wake
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> InboundServer:
        self._thread = threading.Thread(target=self.serve_forever, name="caudal-inbound", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(5)


class FormHandler(BaseHTTPRequestHandler):
    server: InboundServer
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT
    server_version = "Caudal"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        line = (format % args) if args else format
        log.info("inbound %s: %s", self.client_address[0], re.sub(r"/in/([^/\s]+)/[^\s/]+", r"/in/\1/<token>", line))

    # -- answers ----------------------------------------------------------------------
    def _send(self, status: int, body: dict[str, Any] | None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Access-Control-Allow-Origin", "*")
        if body is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:  # say so: a client reusing the socket would race its closing
            self.send_header("Connection", "close")
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _refuse(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"ok": False, "error": message}, headers)

    # -- methods ----------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802 - the stdlib's name
        self._send(204, None, {"Access-Control-Allow-Methods": "POST, OPTIONS",
                               "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "600"})

    def _not_allowed(self) -> None:
        self.close_connection = True
        self._refuse(405, "send the form with POST", {"Allow": "POST, OPTIONS"})

    do_GET = do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        match = PATH_RE.match(self.path.split("?", 1)[0])
        if match is None:
            self.close_connection = True
            self._refuse(404, "there is no form at this address")
            return
        flow_id, token = match.groups()
        wait = self.server.limiter.allow((self.client_address[0], flow_id))
        if wait:
            self.close_connection = True
            self._refuse(429, "too many submissions; try again later", {"Retry-After": str(max(1, round(wait)))})
            return
        length = self._length()
        if length is None:
            return
        body = self.rfile.read(length)
        if len(body) != length:
            self.close_connection = True
            self._refuse(400, "the body is shorter than its Content-Length")
            return
        try:
            reply = submit(self.server.db, self.server.engine, flow_id, token, self.headers.get("Content-Type", ""),
                           body)
        except InboundError as exc:
            self._refuse(exc.status, exc.message, exc.headers)
            return
        except Exception:  # a bug or the database: say so without details, never half-written
            log.exception("inbound submission for flow %s failed", flow_id)
            self._refuse(500, "the submission could not be stored; nothing was saved")
            return
        self._answer(reply)

    def _length(self) -> int | None:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._refuse(411, "send the body with a Content-Length (chunked bodies are not accepted)")
            return None
        raw = self.headers.get("Content-Length")
        if raw is None:
            self.close_connection = True
            self._refuse(411, "the request has no Content-Length")
            return None
        try:
            length = int(raw)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._refuse(400, f"bad Content-Length {raw!r}")
            return None
        if length > self.server.max_bytes:
            self.close_connection = True  # the body is left unread
            self._refuse(413, f"the submission is larger than {self.server.max_bytes} bytes")
            return None
        return length

    def _answer(self, reply: Reply) -> None:
        if reply.body.get("started") and self.server.wake is not None:
            self.server.wake()
        if reply.redirect:
            self._send(303, reply.body, {"Location": reply.redirect})
        else:
            self._send(reply.status, reply.body, reply.headers)


def _settings(db: Any) -> dict[str, Any]:
    with db.begin() as conn:
        return {v.setting.key: v.value for v in list_settings(conn)}


def serve_for(runtime: Any) -> InboundServer | None:
    """Start the endpoint for a running service per the `inbound.*` settings; None when off or busy.

    A port already taken (another runtime of this computer serves the forms) is logged, not raised.
    """
    settings = _settings(runtime.db)
    if not settings.get("inbound.enabled", True):
        return None
    host, port = str(settings.get("inbound.host") or "127.0.0.1"), int(settings.get("inbound.port") or 8765)
    try:
        server = InboundServer(runtime.db, runtime.engine, host, port, int(settings.get("inbound.max_bytes") or 65536),
                               int(settings.get("inbound.rate_per_minute") or 60), runtime.wake)
    except OSError as exc:
        log.warning("web forms are not served by this runtime: %s:%s is not available (%s); another Caudal "
                    "on this computer may serve them", host, port, exc)
        return None
    log.info("web forms served on http://%s:%s/in/...", host, port)
    return server.start()
