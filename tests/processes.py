"""Real Caudal processes on one database for the chaos tests and benchmarks: `main.py run` services
(`Service`) and the designer with its embedded runtime (`Designer`, offscreen), each with its runtime id.

Both are what a user starts: `python main.py --db URL run` and `python main.py --db URL`. A
`Service` is ready when it prints "started"; a `Designer` when its runtime is in the registry
(the window starts it after the first paint). Leaving the `with` block kills what still runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from runtime.engine.registry import list_runtimes
from runtime.store.db import open_database

ROOT = Path(__file__).resolve().parents[1]


def registered(url: str, pid: int) -> dict[str, Any] | None:
    """The registry row of the runtime of process `pid` on `url`, or None."""
    db = open_database(url, migrate=False)
    try:
        return next((r for r in list_runtimes(db) if r["pid"] == pid), None)
    finally:
        db.dispose()


class _Process:
    """A child process whose stderr is kept (`lines`); SIGKILL/SIGTERM; killed on exit."""

    proc: subprocess.Popen
    runtime_id: str = ""  # the engine's owner (runtimes.id, side_effects.owner)

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def term(self, timeout: float = 60.0) -> tuple[int | None, float]:
        """SIGTERM; (exit code or None if still running after `timeout`, seconds to exit)."""
        sent = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
            return None, time.monotonic() - sent
        return code, time.monotonic() - sent

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


class Service(_Process):
    """One `python main.py --db URL run` process (its clock `offset` seconds ahead)."""

    def __init__(self, url: str, offset: float = 0.0, extra_env: dict[str, str] | None = None) -> None:
        env = dict(os.environ, **(extra_env or {}))
        if offset:
            env["CAUDAL_CLOCK_OFFSET"] = str(offset)
        self.url = url
        self.proc = subprocess.Popen([sys.executable, "main.py", "--db", url, "run"], cwd=ROOT, env=env,
                                     stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: list[str] = []
        try:
            assert self.proc.stderr is not None
            while not self.lines or "started" not in self.lines[-1]:  # notes may come first
                line = self.proc.stderr.readline()
                assert line, "".join(self.lines) + self.proc.stderr.read()
                self.lines.append(line)
        except BaseException:
            self.__exit__()  # never leave a process behind
            raise
        self.started = time.monotonic()
        threading.Thread(target=self._drain, daemon=True).start()

    def identify(self) -> str:
        """The runtime id (read from the registry: it registers before saying "started")."""
        row = registered(self.url, self.proc.pid)
        assert row is not None, "".join(self.lines)
        self.runtime_id = row["id"]
        return self.runtime_id


class Designer(_Process):
    """`python main.py --db URL` offscreen, with its own settings file and log folder; ready once
    its embedded runtime is registered (kind "designer")."""

    def __init__(self, url: str, timeout: float = 120.0) -> None:
        self.home = tempfile.mkdtemp(prefix="caudal-designer-")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_PREFERRED_BINDING="PySide6",
                   CAUDAL_SETTINGS=str(Path(self.home) / "settings.ini"), CAUDAL_LOG_DIR=self.home)
        self.proc = subprocess.Popen([sys.executable, "main.py", "--db", url], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()
        try:
            deadline = time.monotonic() + timeout
            while (row := registered(url, self.proc.pid)) is None:
                assert self.proc.poll() is None, "the designer ended: " + "".join(self.lines)
                assert time.monotonic() < deadline, "the designer's runtime never registered: " + "".join(self.lines)
                time.sleep(0.1)
            assert row["kind"] == "designer", row
            self.runtime_id = row["id"]
        except BaseException:
            self.__exit__()
            raise

    def __exit__(self, *exc: Any) -> None:
        super().__exit__(*exc)
        shutil.rmtree(self.home, ignore_errors=True)
