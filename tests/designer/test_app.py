"""Starting the designer on a database that cannot be opened: one clear message, exit 1, no traceback."""

from __future__ import annotations

import socket

from designer import app
from designer.dialogs import ask


def test_an_office_server_that_does_not_answer_is_said_in_a_message(qapp, tmp_path, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv(app.SETTINGS_ENV, str(tmp_path / "settings.ini"))
    said = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: said.append(text))
    assert app.run_designer(["--db", f"postgresql://ana:pw-Zq7@127.0.0.1:{port}/caudal", "--lang", "en"]) == 1
    assert len(said) == 1 and said[0].startswith("Cannot open the database postgresql+psycopg://ana:***@")
    assert "pw-Zq7" not in said[0]
