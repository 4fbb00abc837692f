"""Merge-field templates: sandboxed, cached, data never rendered, missing fields noted."""

from __future__ import annotations

import pytest

from runtime.kernel.templates import TemplateProblem, compile_template, render

DATA = {"contact": {"first_name": "", "city": "Madrid", "note": "{{ 7 * 7 }}"}, "owner": {"name": "Eva"},
        "deal": {"amount": 1200.0}}


def test_fields_defaults_and_missing():
    out = render('Hola {{ contact.first_name | default("cliente") }} ({{ owner.name }}, {{ deal.amount }}) '
                 "{{ contact.zip }}", DATA)
    assert out.text == "Hola cliente (Eva, 1200.0) " and out.missing == ["contact.zip"]


def test_crm_values_are_data_not_templates():
    assert render("{{ contact.note }}", DATA).text == "{{ 7 * 7 }}"


def test_sandbox_blocks_internals():
    with pytest.raises(TemplateProblem):
        render("{{ contact.__class__.__mro__[1].__subclasses__() }}", DATA)


def test_compiled_once_and_plain_text_untouched():
    assert compile_template("{{ contact.city }}") is compile_template("{{ contact.city }}")
    assert render("sin campos", DATA).text == "sin campos"
    with pytest.raises(TemplateProblem, match="not a valid template"):
        render("{{ contact.city ", DATA)
