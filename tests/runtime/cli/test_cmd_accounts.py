"""`accounts` and `templates` commands on real SQLite files and a real aiosmtpd; no password ever leaks."""

from __future__ import annotations

import base64
import io
import json
import logging
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from runtime.cli.main import main
from runtime.crm.local import LocalCrm
from runtime.flows import repository
from runtime.store.db import open_database
from tests.databases import stored_bytes
from tests.runtime.email.smtp_support import SmtpServer
from tests.runtime.engine.engine_support import FlowBuilder

PASSWORD = "Zx9-secret-Ñ!pw"




def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n"))


def _add(db: str, port: int, *extra: str) -> int:
    return main(["--db", db, "accounts", "smtp", "add", "office", "--host", "127.0.0.1", "--port", str(port),
                 "--security", "none", "--username", "ana", "--from", "Oficina <oficina@example.es>", *extra])


def test_add_list_test_remove(db_url, memory_keyring, monkeypatch, capsys) -> None:
    db = db_url
    with SmtpServer(users={"ana": PASSWORD}) as server:
        stdin(monkeypatch, PASSWORD)
        assert _add(db, server.port) == 0
        assert "password stored in the keyring" in capsys.readouterr().out
        assert memory_keyring.store[("caudal", "smtp:office")] == PASSWORD
        assert main(["--db", db, "accounts", "list", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert listed == [{"name": "office", "host": "127.0.0.1", "port": server.port, "security": "none",
                           "username": "ana", "sender": "Oficina <oficina@example.es>"}]
        assert main(["--db", db, "accounts", "test", "office"]) == 0
        assert "works: connected to 127.0.0.1" in capsys.readouterr().out
        memory_keyring.store[("caudal", "smtp:office")] = "wrong"
        assert main(["--db", db, "accounts", "test", "office", "--json"]) == 1
        report = json.loads(capsys.readouterr().out)
        assert not report["ok"] and "check the account's username/password" in report["message"]
    assert main(["--db", db, "accounts", "remove", "office"]) == 0
    assert ("caudal", "smtp:office") not in memory_keyring.store
    assert main(["--db", db, "accounts", "remove", "office"]) == 1
    assert "no SMTP account named 'office'" in capsys.readouterr().err


def test_bad_input_and_no_keyring_exit_non_zero_with_a_clear_message(db_url, monkeypatch, capsys) -> None:
    db = db_url
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        stdin(monkeypatch, PASSWORD)
        assert _add(db, 2525) == 1
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert "no usable OS keyring" in err and "PYTHON_KEYRING_BACKEND" in err
    stdin(monkeypatch, "")
    assert _add(db, 2525) == 1 and "no password given" in capsys.readouterr().err
    assert main(["--db", db, "accounts", "smtp", "add", "x", "--host", "h", "--from", "nope"]) == 1
    assert "'from' must be an address" in capsys.readouterr().err
    assert PASSWORD.encode() not in stored_bytes(db)


def test_templates_import_show_export_list(db_url, tmp_path: Path, capsys) -> None:
    db = db_url
    src = tmp_path / "bienvenida.json"
    src.write_text(json.dumps({"name": "Bienvenida", "subject": "Hola {{ contact.first_name }}",
                               "body_html": "<p>¡Hola!</p>"}), encoding="utf-8")
    assert main(["--db", db, "templates", "import", str(src)]) == 0
    assert "imported" in capsys.readouterr().out
    assert main(["--db", db, "templates", "import", str(src)]) == 0
    assert "replaced" in capsys.readouterr().out
    assert main(["--db", db, "templates", "show", "Bienvenida", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["subject"] == "Hola {{ contact.first_name }}" and shown["body_html"] == "<p>¡Hola!</p>"
    out = tmp_path / "out.json"
    assert main(["--db", db, "templates", "export", "Bienvenida", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "Bienvenida"
    assert "written to" in capsys.readouterr().out
    assert main(["--db", db, "templates", "list", "--json"]) == 0
    assert [t["name"] for t in json.loads(capsys.readouterr().out)] == ["Bienvenida"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",\n "subject": }', encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "templates", "import", str(bad)]) == 1
    assert f"{bad}: line 2: not JSON" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"name": "Rota", "subject": "{{ x ", "body_html": ""}), encoding="utf-8")
    assert main(["--db", db, "templates", "import", str(broken)]) == 1
    assert "template 'Rota', subject" in capsys.readouterr().err


def test_a_full_smtp_flow_leaves_no_password_anywhere(db_url, tmp_path: Path, memory_keyring, monkeypatch,
                                                     capsys) -> None:
    db = db_url
    log_file = tmp_path / "caudal.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    outputs: list[str] = []
    try:
        with SmtpServer(users={"ana": PASSWORD}) as server:
            stdin(monkeypatch, PASSWORD)
            assert _add(db, server.port) == 0
            opened = open_database(db)
            LocalCrm(opened).create_contact({"email": "lola@example.es", "first_name": "Lola"})
            b = FlowBuilder(name="Bienvenida SMTP")
            s = b.add("action.send_email", account="office", to="contact", subject="Hola {{ contact.first_name }}",
                      body="<p>Bienvenida, {{ contact.first_name }}</p>")
            b.chain(b.trigger, s)
            with opened.begin() as conn:
                repository.import_flow(conn, b.flow)
            opened.dispose()
            export = tmp_path / "bienvenida.caudal.json"
            for argv in (["flows", "activate", b.flow.id], ["flows", "export", b.flow.id, str(export)],
                         ["enroll", "Bienvenida SMTP", "--contact", "lola@example.es"],
                         ["run", "--until-idle"], ["accounts", "list", "--json"], ["accounts", "test", "office"],
                         ["history", "--json"]):
                assert main(["--db", db, *argv]) == 0, argv
                captured = capsys.readouterr()
                outputs.append(captured.out + captured.err)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    history = json.loads(outputs[-1])
    [step] = [x for x in history[0]["steps"] if x["node_id"] == s]
    assert step["status"] == "done" and history[0]["status"] == "completed"
    assert server.messages[0]["Subject"] == "Hola Lola" and server.logins == [("ana", True), ("ana", True)]
    secret_forms = [PASSWORD.encode(), PASSWORD.encode("utf-16-le"), base64.b64encode(PASSWORD.encode())]
    files = [p for p in tmp_path.iterdir() if p.is_file()]  # the export, the log (and a SQLite database)
    assert export in files and log_file.stat().st_size > 0
    for name, data in [("database", stored_bytes(db)), *((str(p), p.read_bytes()) for p in files)]:
        assert not any(form in data for form in secret_forms), name
    assert not any(PASSWORD in out for out in outputs)
