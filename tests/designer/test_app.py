"""The designer process: SIGTERM closes it cleanly (exit 0), its embedded runtime unregistered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from runtime.engine.registry import list_runtimes
from runtime.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(120)
def test_sigterm_quits_the_designer_with_exit_0_and_its_runtime_leaves_the_registry(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_PREFERRED_BINDING="PySide6",
               CAUDAL_SETTINGS=str(tmp_path / "settings.ini"))
    proc = subprocess.Popen([sys.executable, "main.py", "--db", url], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        db = open_database(url)
        try:
            deadline = time.monotonic() + 90
            while not [r for r in list_runtimes(db) if r["kind"] == "designer"]:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "the designer's runtime never registered"
                time.sleep(0.2)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(60) == 0, proc.stderr.read()
            assert list_runtimes(db) == []  # stopped cleanly: unregistered, nothing held
        finally:
            db.dispose()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
