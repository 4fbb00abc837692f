"""A CRM change committed by another process wakes the running service at once (no poll).

SQLite only, by nature: the doorbell's port files sit beside the database file; a PostgreSQL
database has no file and is woken another way (LISTEN/NOTIFY).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from runtime import doorbell
from runtime.cli.main import main
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_runtime import enrollments
from runtime.store.sqlite_specific import doorbell_folder

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "bienvenida.caudal.json"


def test_other_process_change_rings_the_service(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "bell.db")
    assert main(["--db", path, "flows", "import", str(EXAMPLE)]) == 0
    assert main(["--db", path, "flows", "activate", "Bienvenida"]) == 0
    capsys.readouterr()
    db = open_database(path)
    runtime = Runtime(db, poll_interval=3600)  # only the doorbell can wake it in time
    runtime.start()
    try:
        folder = doorbell_folder(db.url)
        assert folder is not None and len(list(folder.iterdir())) == 1
        started = time.monotonic()
        subprocess.run([sys.executable, "main.py", "--db", path, "contacts", "add", "--email", "ana@x.es",
                        "--first-name", "Ana", "--tag", "cliente"], cwd=ROOT, check=True, capture_output=True)
        enrolled = 0
        while not enrolled and time.monotonic() - started < 50:  # under the 60 s idle cap (IDLE_CAP)
            time.sleep(0.02)
            with db.begin() as conn:
                enrolled = conn.scalar(select(func.count()).select_from(enrollments))
        assert enrolled == 1
    finally:
        runtime.stop()
    assert list(folder.iterdir()) == []  # the port file leaves with the service
    db.dispose()


def test_ring_ignores_missing_folders_stale_files_and_our_own_ports(tmp_path: Path) -> None:
    assert doorbell.ring(None) == 0
    assert doorbell.ring(tmp_path / "nowhere") == 0
    folder = tmp_path / "x.db.doorbell"
    folder.mkdir()
    (folder / "123").write_text("not a port")
    rang = []
    bell = doorbell.Doorbell(folder, lambda: rang.append(1))
    bell.start()
    try:
        assert doorbell.ring(folder) == 0  # our own listener: in-process listeners wake us already
    finally:
        bell.stop()
    assert rang == []


def test_no_doorbell_for_databases_without_a_file() -> None:
    assert doorbell_folder("postgresql+psycopg://u@h/caudal") is None
    assert doorbell_folder("sqlite://") is None
    assert doorbell_folder("sqlite:////tmp/a.db") == Path("/tmp/a.db.doorbell")
