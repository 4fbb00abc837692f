"""Stored English texts (errors, refusals) shown in another language: exact, filled templates,
a sentence inside a sentence, status words, and the node type's id dropped."""

from __future__ import annotations

from runtime.i18n import translate_rendered
from runtime.i18n.rendered import without_prefix


def test_exact_and_template():
    assert translate_rendered("es", "the contact has no owner") == "el contacto no tiene propietario"
    assert translate_rendered("fr", "there is no user 'eva@acme.es' in the CRM «local»") == (
        "il n'y a pas d'utilisateur 'eva@acme.es' dans le CRM « local »")
    assert translate_rendered("id", "no contact with email ana@x.es") == "tidak ada kontak dengan email ana@x.es"


def test_conversions_and_status_words():
    assert translate_rendered("es", "invalid email 'x@'") == "email no válido 'x@'"
    assert translate_rendered("fr", "enrollment 7 is waiting, not failed: nothing to retry") == (
        "l'inscription 7 est en attente, pas en échec : rien à réessayer")


def test_unknown_text_and_english_stay():
    assert translate_rendered("fr", "HTTP 502 from somewhere") == "HTTP 502 from somewhere"
    assert translate_rendered("en", "the contact has no owner") == "the contact has no owner"


def test_prefix_of_the_node_type():
    assert without_prefix("create_task: the task has no title") == "the task has no title"
    assert without_prefix("wait.until_time: no weekdays chosen") == "no weekdays chosen"
    assert without_prefix("HTTP 500: oops") == "HTTP 500: oops"


def test_a_field_in_front_stays_and_sentences_inside_are_translated():
    stored = ("contact.evento: «31/02/2026» is not a valid date (DD/MM/YYYY or YYYY-MM-DD); "
              "correct it and retry this step")
    assert translate_rendered("fr", stored) == (
        "contact.evento: « 31/02/2026 » n'est pas une date valide (JJ/MM/AAAA ou AAAA-MM-JJ) ; "
        "corrigez-le et réessayez cette étape")
