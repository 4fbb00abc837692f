"""`Text`: English is the msgid, the Spanish of a pair wins for Spanish, other languages come from
their catalog (English when missing); fields are filled per language, nested texts too."""

from __future__ import annotations

from runtime.i18n import Msg, Text
from runtime.i18n.text import Lazy, fields_of


def test_pair_languages_and_fallback():
    t = Text("Enviar correo", "Send email")
    assert [t.get(lang) for lang in ("es", "en", "fr", "id")] == [
        "Enviar correo", "Send email", "Envoyer un e-mail", "Kirim email"]
    assert t.get("de") == "Send email"  # a language without a catalog reads English
    assert Text("Texto nuevo", "A text no catalog has yet").get("fr") == "A text no catalog has yet"
    assert Text("", "").get("fr") == ""  # never the catalog's header


def test_the_code_spanish_wins_over_the_catalog():
    assert Text("Mandar correo", "Send email").get("es") == "Mandar correo"


def test_english_only_message_reads_spanish_from_the_catalog():
    assert Msg("the contact has no owner").get("es") == "el contacto no tiene propietario"


def test_fields_filled_per_language_nested_and_lazy():
    who = Text("al propietario", "to the owner")
    t = Text("Informe {who}", "Report {who}").format(who=who)
    assert t.get("es") == "Informe al propietario"
    assert t.get("fr") == "Rapport au propriétaire"
    assert t.es == "Informe al propietario" and t.en == "Report to the owner"
    lazy = Text(None, "Flow: {flow}").format(flow=Lazy(lambda lang: lang.upper()))
    assert lazy.get("id") == "Alur: ID"


def test_a_broken_translation_field_falls_back_to_english():
    t = Text("Hola {nombre}", "Hello {name}").format(name="Ana")
    assert t.get("es") == "Hello Ana"


def test_equality_dict_and_fields():
    a = Text("Si {condition}", "If {condition}").format(condition="x")
    assert a == Text("Si {condition}", "If {condition}").format(condition="x")
    assert set(a.as_dict()) == {"es", "en", "fr", "id"}
    assert fields_of("{a} and {b!r} and {{literal}} {n:.1f}") == {"a", "b", "n"}
