"""Which language the environment asks for, and which locale formats use."""

from __future__ import annotations

from runtime.i18n.languages import CODES, from_environment, locale_name, normalize


def test_four_languages_and_names():
    assert CODES == ("es", "en", "fr", "id")
    assert normalize("fr_FR.UTF-8") == "fr" and normalize("es-MX") == "es" and normalize("in_ID") == "id"
    assert normalize("de_DE") is None and normalize("") is None


def test_environment():
    assert from_environment({"LANG": "C.UTF-8"}) == "en"
    assert from_environment({}) == "en"
    assert from_environment({"LANG": "id_ID.UTF-8"}) == "id"
    assert from_environment({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}) == "fr"
    assert from_environment({"LC_ALL": "es_ES.UTF-8", "LANG": "fr_FR.UTF-8"}) == "es"
    assert from_environment({"LANG": "C", "LANGUAGE": "fr"}) == "en"  # as gettext: C ignores LANGUAGE
    assert from_environment({"LANG": "de_DE.UTF-8"}, fallback="es") == "es"


def test_locale_keeps_the_systems_territory_for_its_language():
    assert locale_name("es", {"LANG": "es_MX.UTF-8"}) == "es_MX"
    assert locale_name("fr", {"LANG": "es_MX.UTF-8"}) == "fr_FR"
    assert locale_name("en", {}) == "en_US"
