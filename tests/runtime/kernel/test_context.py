"""StepContext: merge fields without Jinja for plain `{{ ns.key }}` texts render exactly like Jinja."""

from __future__ import annotations

import pytest

from runtime.kernel.context import StepContext, flat_contact, namespaces, plain_fields
from runtime.kernel.templates import TemplateProblem, render

CONTACT = flat_contact({
    "id": "7", "email": "jose@ejemplo.es", "first_name": "José", "last_name": None, "phone": "", "company": None,
    "owner_id": "1", "lifecycle_stage": "lead", "source": "", "created_at": 1.5, "updated_at": 2.0,
    "tags": ["vip", "madrid"], "custom": {"puntos": 7, "activo": True, "ciudad": "Madrid"},
})
OWNER = {"id": "1", "name": "Eva", "email": "eva@acme.es"}

TEXTS = [
    "Llamar a {{ contact.first_name }}",
    "{{contact.first_name}} {{ contact.last_name }}!",
    "{{ contact.puntos }} puntos, activo={{ contact.activo }}, creado {{ contact.created_at }}",
    "Etiquetas: {{ contact.tags }}; ciudad {{ contact.ciudad }}",
    "Sin campo: [{{ contact.nada }}] ni [{{ deal.title }}] ni [{{ owner.telefono }}]",
    "De {{ owner.name }} <{{ owner.email }}>\nlínea dos }} y { sola\n",
    "{{ contact.phone }}{{ contact.company }}",
    "Desde {{ contact.ciudad | default('tu ciudad') }}, {{ contact.phone|d(\"sin teléfono\") }} "
    "{{ contact.nada | d('') }}",
    "{{ contact.first_name | upper }}",  # a filter: Jinja
    "{{ contact.first_name }} {# nota #}",  # a comment: Jinja
    "{{- contact.first_name }}",  # whitespace control: Jinja
    "a\r\n{{ contact.first_name }}",  # newline normalisation: Jinja
    "{% if contact.puntos %}sí{% endif %} {{ contact.first_name }}",
]


def _ctx() -> StepContext:
    return StepContext(None, None, None, 1, "f", 1, "local", "7", None, 1, 0.0, "UTC",
                       _contact=CONTACT, _owner=OWNER, _deal=None)


@pytest.mark.parametrize("text", TEXTS)
def test_render_matches_jinja(text: str) -> None:
    ctx = _ctx()
    expected = render(text, ctx.data())
    assert ctx.render(text) == expected.text
    assert ctx.detail.get("missing_fields", []) == expected.missing


def test_which_texts_skip_jinja() -> None:
    plain = [t for t in TEXTS if plain_fields(t) is not None]
    assert plain == TEXTS[:8]
    assert plain_fields("{{ contact.items }}") is None  # a dict attribute: the sandbox decides
    assert plain_fields("Hola {{ contact.first_name }}") == ("Hola ", "contact", "first_name", None, "")
    assert plain_fields("{{ contact.city | default('x') }}") == ("", "contact", "city", "x", "")
    assert plain_fields("{{ contact.city | default('x', true) }}") is None  # other arguments: Jinja


def test_only_the_namespaces_a_text_names_are_read() -> None:
    assert namespaces("{{ contact.first_name }} {{ deal.title | default('-') }}") == ("contact", "deal")
    assert namespaces("{% for t in contact.tags %}{{ t }}{% endfor %}") == ("contact",)
    assert namespaces("{{ broken") == ("contact", "owner", "deal")  # Jinja reports the problem
    ctx = _ctx()
    with pytest.raises(TemplateProblem, match="is not a valid template"):
        ctx.render("{{ broken")


def test_output_over_the_limit_is_refused_as_jinja_does() -> None:
    ctx = StepContext(None, None, None, 1, "f", 1, "local", "7", None, 1, 0.0, "UTC",
                      _contact={"big": "x" * 600_000}, _owner=None, _deal=None)
    with pytest.raises(TemplateProblem, match="over 1,000,000 characters"):
        ctx.render("{{ contact.big }}{{ contact.big }}")
