"""A loopback doorbell: another process's committed CRM change wakes the running service at once.

The service (`run`, or the designer's embedded runtime) listens on a UDP socket bound to
127.0.0.1 and leaves its port in a small file beside the SQLite database
(`<db>.doorbell/<pid>`). A process that commits local-CRM change events (the CLI, the
designer) sends an empty datagram to every port found there. A datagram carries nothing:
it only says "look now", and the service then reads `change_events` as it always does, so
a lost or stale ring costs nothing but the wait for the periodic cross-process check (which
stays, and is all there is on PostgreSQL, where no file sits beside the database).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
_own_ports: set[int] = set()  # rings to these would only wake ourselves: in-process listeners do


class Doorbell:
    """Listen for rings on 127.0.0.1 and call `on_ring()` for each one."""

    def __init__(self, folder: Path, on_ring: Callable[[], None]) -> None:
        self.folder = folder
        self.on_ring = on_ring
        self._sock: socket.socket | None = None
        self._file: Path | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self._sock = sock
        _own_ports.add(port)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = self.folder / str(os.getpid())
            self._file.write_text(str(port), encoding="ascii")
        except OSError as exc:  # a read-only folder: the periodic check still works
            log.warning("doorbell: cannot write %s (%s); other processes are noticed by polling", self.folder, exc)
        self._thread = threading.Thread(target=self._listen, name="caudal-doorbell", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        sock = self._sock
        while sock is not None:
            try:
                sock.recvfrom(16)
            except OSError:  # closed by stop()
                return
            if self._sock is None:  # stop() shut the socket down: recvfrom returns at once
                return
            self.on_ring()

    def stop(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.unlink()
        sock, self._sock = self._sock, None
        if sock is not None:
            _own_ports.discard(sock.getsockname()[1])
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None:
            self._thread.join(2)


def ring(folder: Path | None) -> int:
    """Ring every service listening beside the database; returns how many were rung."""
    if folder is None:
        return 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    rung = 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for entry in entries:
            try:
                port = int(Path(entry.path).read_text(encoding="ascii"))
            except (OSError, ValueError):
                continue
            if port in _own_ports:
                continue
            with contextlib.suppress(OSError):
                sock.sendto(b"", ("127.0.0.1", port))
                rung += 1
    return rung
