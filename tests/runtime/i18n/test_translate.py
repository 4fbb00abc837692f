"""`tr`/`trn` translate into a given language; `_`/`_n` into the process language."""

from __future__ import annotations

from runtime.i18n import _, _n, language, set_language, tr, trn


def test_tr_and_plural_forms():
    assert tr("es", "Report: {title}", title="X") == "Informe: X"
    assert tr("en", "Report: {title}", title="X") == "Report: X"
    assert tr("fr", "Not in any catalog {x}", x=1) == "Not in any catalog 1"
    assert [trn("fr", "{n} contact", "{n} contacts", n) for n in (0, 1, 2)] == [
        "0 contact", "1 contact", "2 contacts"]  # French: 0 is singular
    assert trn("es", "{n} contact", "{n} contacts", 0) == "0 contactos"
    assert trn("id", "{n} contact", "{n} contacts", 5) == "5 kontak"


def test_process_language(monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert set_language(None) == "fr" and language() == "fr"
    assert _("list users") == "liste les utilisateurs"
    set_language("id")
    assert _n("{n} user", "{n} users", 2) == "2 pengguna"
