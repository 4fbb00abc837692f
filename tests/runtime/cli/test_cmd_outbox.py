"""`outbox list`: newest first, --to filter, --json shape."""

from __future__ import annotations

import json

from sqlalchemy import insert

from runtime.cli.main import main
from runtime.store.db import open_database
from runtime.store.schema_runtime import outbox


def test_outbox_list(db_url, capsys):
    path = db_url
    assert main(["--db", path, "outbox", "list"]) == 0
    assert "the outbox is empty" in capsys.readouterr().out
    db = open_database(path)
    with db.begin() as conn:
        for i, to in enumerate(("ana@example.es", "bea@example.es")):
            conn.execute(insert(outbox).values(idempotency_key=f"{i}:n:1", recipient=to, subject=f"Hola {i}",
                                               body_text="hola", body_html="<p>hola</p>", created_at=1795417200.0))
    db.dispose()
    assert main(["--db", path, "outbox", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#2  2026-11-23T07:00:00Z  to bea@example.es  «Hola 1»")
    assert main(["--db", path, "outbox", "list", "--json", "--to", "ANA@example.es"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "account": None, "bcc": "", "cc": "", "body_html": "<p>hola</p>", "body_text": "hola",
        "created_at": "2026-11-23T07:00:00Z",
        "from": None, "id": 1, "key": "0:n:1", "subject": "Hola 0", "to": "ana@example.es"}]
