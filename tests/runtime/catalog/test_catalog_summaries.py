"""One-line canvas summaries in Spanish and English, and some in French and Indonesian (summaries.py, phrases.py)."""

from __future__ import annotations

import pytest

from runtime.catalog import get_catalog, summarize
from runtime.catalog.phrases import field_label, shorten
from tests.runtime.catalog.catalog_samples import SAMPLES

EXPECTED = {
    "trigger.contact_created": (
        "Contacto nuevo, si ciudad = Madrid",
        "New contact, if city = Madrid",
    ),
    "trigger.contact_updated": ("Cambia email, teléfono", "email, phone changes"),
    "trigger.tag_added": ("Etiqueta: cliente", "Tag: cliente"),
    "trigger.deal_stage_changed": ("Ventas: Propuesta → Ganado", "Ventas: Propuesta → Ganado"),
    "trigger.date_field": ("3 días antes de cumpleaños, 10:30", "3 days before birthday, 10:30 AM"),
    "trigger.schedule": (
        "De lunes a viernes a las 9:00 (Europe/Madrid)",
        "Monday to Friday at 9:00 AM (Europe/Madrid)",
    ),
    "trigger.manual": ("«Enviar bienvenida»", "«Enviar bienvenida»"),
    "trigger.form_submitted": ("Envío web (correo en «correo», 2 campo(s))",
                               "Web submission (email in «correo», 2 field(s))"),
    "action.update_fields": ("ciudad = Madrid, origen = web", "city = Madrid, source = web"),
    "action.add_tag": ("Añade «cliente»", "Add «cliente»"),
    "action.remove_tag": ("Quita «lead»", "Remove «lead»"),
    "action.create_task": (
        "Llamar a {{ contact.first_name }} (en 2 días)",
        "Llamar a {{ contact.first_name }} (in 2 days)",
    ),
    "action.assign_owner": ("Por turnos entre 2 usuarios", "Round robin among 2 users"),
    "action.move_deal_stage": ("Ventas → Ganado", "Ventas → Ganado"),
    "action.send_email": ("«Bienvenida» al contacto", "«Bienvenida» to the contact"),
    "action.notify_user": (
        "Al propietario: Nuevo cliente: {{ contact.email }}",
        "To the owner: Nuevo cliente: {{ contact.email }}",
    ),
    "action.webhook": (
        "POST https://hooks.example.com/caudal",
        "POST https://hooks.example.com/caudal",
    ),
    "action.generate_report": ("Informe al propietario", "Report to the owner"),
    "action.enroll_in_flow": ("Flujo: Bienvenida", "Flow: Bienvenida"),
    "wait.duration": ("Espera 2 días", "Wait 2 days"),
    "wait.until_date_field": (
        "Hasta 1 día después de fecha de cierre del negocio, 8:00",
        "Until 1 day after deal close date, 8:00 AM",
    ),
    "wait.until_time": ("Hasta lun, mié, vie a las 9:30", "Until Mon, Wed, Fri at 9:30 AM"),
    "decision.if": ("Si ciudad = Madrid", "If city = Madrid"),
    "decision.switch": ("Según ciudad: 2 casos", "By city: 2 cases"),
    "decision.split": ("A 70 % / B 30 %", "A 70 % / B 30 %"),
    "decision.wait_until": (
        "Hasta que tiene la etiqueta cliente (máx. 5 días)",
        "Until has tag cliente (max 5 days)",
    ),
}


@pytest.mark.parametrize("type_id", sorted(EXPECTED))
def test_summary_of_each_type_in_both_languages(type_id: str) -> None:
    node_type = get_catalog().get(type_id)
    es, en = EXPECTED[type_id]
    assert summarize(node_type, SAMPLES[type_id], "es") == es
    assert summarize(node_type, SAMPLES[type_id], "en") == en


def test_every_type_has_a_summary_and_default_configs_summarize() -> None:
    assert sorted(EXPECTED) == sorted(t.id for t in get_catalog())
    for t in get_catalog():
        assert t.summary is not None
        for lang in ("es", "en"):
            text = summarize(t, None, lang)
            assert text and "\n" not in text and len(text) <= 60


@pytest.mark.parametrize(
    ("type_id", "config", "es", "en"),
    [
        ("wait.duration", {"amount": 1, "unit": "weeks"}, "Espera 1 semana", "Wait 1 week"),
        (
            "wait.duration",
            {"amount": 30, "unit": "minutes"},
            "Espera 30 minutos",
            "Wait 30 minutes",
        ),
        (
            "action.assign_owner",
            {"user": "eva@acme.es"},
            "Propietario: eva@acme.es",
            "Owner: eva@acme.es",
        ),
        (
            "trigger.deal_stage_changed",
            {"pipeline": "Ventas", "to_stage": "Ganado"},
            "Ventas: pasa a Ganado",
            "Ventas: moves to Ganado",
        ),
        (
            "trigger.date_field",
            {"field": "contact.birthday"},
            "El día de cumpleaños, 9:00",
            "The day of birthday, 9:00 AM",
        ),
        (
            "action.create_task",
            {"title": "Llamar", "due_in_days": 0},
            "Llamar (para hoy)",
            "Llamar (due today)",
        ),
        (
            "action.send_email",
            {"subject": "Hola", "to": "owner"},
            "«Hola» al propietario",
            "«Hola» to the owner",
        ),
        (
            "decision.if",
            {
                "condition": {
                    "match": "any",
                    "rules": [
                        {"field": "contact.city", "op": "equals", "value": "Madrid"},
                        {"field": "deal.amount", "op": "greater_than", "value": 1000},
                        {"field": "contact.email", "op": "is_empty"},
                        {"field": "contact.source", "op": "in_list", "value": ["web", "feria"]},
                    ],
                }
            },
            "Si ciudad = Madrid o importe del negocio > 1000 o 2 más",
            "If city = Madrid or deal amount > 1000 or 2 more",
        ),
        (
            "decision.if",
            {
                "condition": {
                    "match": "all",
                    "rules": [
                        {"field": "contact.created_at", "op": "within_last_days", "value": 7},
                        {
                            "match": "any",
                            "rules": [
                                {
                                    "field": "contact.código_postal",
                                    "op": "starts_with",
                                    "value": "28",
                                }
                            ],
                        },
                    ],
                }
            },
            "Si fecha de alta en los últimos 7 días y (código postal emp…",
            "If created on within the last 7 days and (código postal sta…",
        ),
        ("decision.if", {}, "Si —", "If —"),
        (
            "decision.switch",
            {"field": "contact.city", "cases": [{"port": "case_1", "value": "M"}]},
            "Según ciudad: 1 caso",
            "By city: 1 case",
        ),
        (
            "wait.until_time",
            {
                "weekdays": ["sun", "sat", "fri", "thu", "wed", "tue", "mon"],
                "timezone": "America/Bogota",
            },
            "Hasta cualquier día a las 9:00 (America/Bogota)",
            "Until any day at 9:00 AM (America/Bogota)",
        ),
        ("trigger.manual", {"label": ""}, "Se lanza a mano", "Started by hand"),
        ("trigger.contact_updated", {"fields": []}, "Cambia cualquier campo", "Any field changes"),
    ],
)
def test_variants(type_id: str, config: dict, es: str, en: str) -> None:
    node_type = get_catalog().get(type_id)
    assert summarize(node_type, config, "es") == es
    assert summarize(node_type, config, "en") == en


def test_malformed_configs_never_raise() -> None:
    junk = [
        {
            "cases": "x",
            "branches": 5,
            "condition": [1],
            "values": "v",
            "weekdays": 3,
            "fields": {"a": 1},
            "filter": "f",
            "amount": None,
            "users": 7,
        }
    ]
    for t in get_catalog():
        for config in junk:
            for lang in ("es", "en"):
                assert isinstance(summarize(t, config, lang), str)


def test_long_values_are_shortened() -> None:
    text = summarize(get_catalog().get("action.add_tag"), {"tag": "x" * 200}, "es")
    assert len(text) <= 60 and text.endswith("…»")
    assert shorten("a  b\nc", 10) == "a b c"


def test_field_labels() -> None:
    assert field_label("contact.city", "es") == "ciudad"
    assert field_label("deal.amount", "en") == "deal amount"
    assert field_label("owner.email", "es") == "email del propietario"
    assert field_label("contact.custom.nivel_estudios", "es") == "nivel estudios"
    assert field_label("", "es") == "—"


FRENCH_INDONESIAN = {
    "trigger.contact_created": ("Nouveau contact, si ville = Madrid", "Kontak baru, jika kota = Madrid"),
    "trigger.date_field": ("3 jours avant anniversaire, 10:30", "3 hari sebelum ulang tahun, 10.30"),
    "wait.duration": ("Attendre 2 jours", "Jeda 2 hari"),
    "wait.until_time": ("Jusqu'à lun., mer., ven. à 09:30", "Sampai Sen, Rab, Jum pukul 09.30"),
    "decision.switch": ("Selon ville : 2 cas", "Menurut kota: 2 kasus"),
    "action.generate_report": ("Rapport au propriétaire", "Laporan ke pemilik"),
}


@pytest.mark.parametrize("type_id", sorted(FRENCH_INDONESIAN))
def test_summaries_in_french_and_indonesian(type_id: str) -> None:
    ntype = get_catalog().get(type_id)
    fr, id_ = FRENCH_INDONESIAN[type_id]
    assert (summarize(ntype, SAMPLES[type_id], "fr"), summarize(ntype, SAMPLES[type_id], "id")) == (fr, id_)
