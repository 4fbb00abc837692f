"""The web form endpoint over real HTTP (httpx on loopback): contacts created or updated by email,
flows started, clear 4xx refusals that write nothing, size and rate limits, redirects."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import func, select

from runtime.crm.local import LocalCrm
from runtime.engine import Engine
from runtime.inbound.server import InboundServer
from runtime.inbound.tokens import form_path, token_for
from runtime.store.db import open_database
from runtime.store.schema_crm import change_events, crm_contacts
from runtime.store.schema_runtime import enrollments, not_started
from tests.runtime.engine.engine_support import FlowBuilder, activate


def _flow(db, **config) -> FlowBuilder:
    b = FlowBuilder(name="Formulario de presupuesto")
    b.flow.nodes.clear()
    form = b.add("trigger.form_submitted", node_title="Presupuesto web",
                 **{"email_field": "email", "fields": {}, "update_existing": True, "tag": "web", **config})
    b.chain(form, b.add("action.add_tag", tag="presupuesto"))
    activate(db, b)
    return b


@pytest.fixture
def env(db_url, memory_keyring):
    db = open_database(db_url)
    engine = Engine(db)
    woken = []
    server = InboundServer(db, engine, "127.0.0.1", 0, max_bytes=2048, per_minute=1000,
                           wake=lambda: woken.append(1)).start()
    client = httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10)
    yield db, engine, server, client, woken
    client.close()
    server.stop()
    db.dispose()


def _counts(db) -> tuple[int, int, int]:
    with db.begin() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(t)) for t in (crm_contacts, change_events,
                                                                              enrollments))


def test_an_html_form_creates_the_contact_and_starts_the_flow(env) -> None:
    db, engine, _, client, woken = env
    b = _flow(db)
    url = form_path(b.flow.id, token_for(b.flow.id))
    r = client.post(url, data={"email": " Ana@Example.es ", "nombre": "Ana", "telefono": "600 000 000",
                               "mensaje": "6 placas"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["ok"] and body["contact"]["created"] and body["started"] and body["ignored"] == ["mensaje"]
    assert woken == [1]
    engine.run_due()
    ana = LocalCrm(db).get_contact("ana@example.es")
    assert (ana["first_name"], ana["phone"]) == ("Ana", "600 000 000")
    assert set(ana["tags"]) == {"web", "presupuesto"}

    # JSON from another app updates the same contact (by email) through the trigger's own mapping
    with db.begin() as conn:
        conn.execute(crm_contacts.update().values(first_name="Ana"))
    r = client.post(url, json={"email": "ana@example.es", "nombre": "Ana María", "pedido": 1234, "vip": True})
    assert r.status_code == 200
    assert r.json()["contact"]["created"] is False and r.json()["updated"] == ["first_name"]


def test_mapping_redirect_and_filter(env) -> None:
    db, engine, _, client, _ = env
    b = _flow(db, email_field="correo", fields={"contact.first_name": "nom", "contact.ciudad": "ciudad"},
              filter={"match": "all", "rules": [{"field": "contact.ciudad", "op": "equals", "value": "Madrid"}]})
    url = form_path(b.flow.id, token_for(b.flow.id))
    r = client.post(url, data={"correo": "luis@example.es", "nom": "Luis", "ciudad": "Sevilla",
                               "_redirect": "https://www.example.es/gracias"})
    assert r.status_code == 303 and r.headers["location"] == "https://www.example.es/gracias"
    assert r.json()["started"] is False and "ciudad equals «Madrid»" in r.json()["reason"]
    assert LocalCrm(db).get_contact("luis@example.es")["custom"] == {"ciudad": "Sevilla"}  # kept all the same
    with db.begin() as conn:
        row = conn.execute(select(not_started)).one()
    assert (row.kind, row.contact_email, row.origin) == ("filter", "luis@example.es", f"form:{b.flow.id}")


@pytest.mark.parametrize(("send", "status", "message"), [
    (dict(data={"nombre": "Sin correo"}), 400, "the field 'email' (the contact's email) is missing or empty"),
    (dict(data={"email": "no-es-un-correo"}), 400, "invalid email 'no-es-un-correo'"),
    (dict(content=b"email=a%40b.es", headers={"Content-Type": "text/plain"}), 415, "is not accepted"),
    (dict(content=b"--x\r\n", headers={"Content-Type": "multipart/form-data; boundary=x"}), 415, "file uploads"),
    (dict(content=b'{"email": ["a@b.es"]}', headers={"Content-Type": "application/json"}), 400, "list or an object"),
    (dict(content=b"{nope", headers={"Content-Type": "application/json"}), 400, "not valid JSON"),
    (dict(content=b"email=\xff", headers={"Content-Type": "application/x-www-form-urlencoded"}), 400, "not UTF-8"),
    (dict(data={"email": "a@b.es", "nombre": "x" * 2001}), 400, "'nombre' is longer than 2000 characters"),
    (dict(data={"email": "a@b.es", "nombre": "x" * 2100}), 413, "larger than 2048 bytes"),
])
def test_bad_requests_get_a_clear_4xx_and_nothing_is_written(env, send, status, message) -> None:
    db, _, _, client, _ = env
    b = _flow(db)
    before = _counts(db)
    r = client.post(form_path(b.flow.id, token_for(b.flow.id)), **send)
    assert r.status_code == status and r.json()["ok"] is False and message in r.json()["error"]
    assert _counts(db) == before


def test_a_crm_refusal_mid_way_rolls_everything_back(env) -> None:
    db, _, _, client, _ = env
    b = _flow(db, fields={"contact.first_name": "nombre", "contact.tags": "etiquetas"})
    before = _counts(db)
    r = client.post(form_path(b.flow.id, token_for(b.flow.id)),
                    data={"email": "eva@example.es", "nombre": "Eva", "etiquetas": "vip"})
    assert r.status_code == 400 and "field 'tags' cannot be set here" in r.json()["error"]
    assert _counts(db) == before and LocalCrm(db).get_contact("eva@example.es") is None


def test_addresses_methods_and_stopped_flows(env) -> None:
    db, _, _, client, _ = env
    b = _flow(db)
    good = form_path(b.flow.id, token_for(b.flow.id))
    assert client.post(form_path(b.flow.id, "x" * 32), data={"email": "a@b.es"}).status_code == 404
    assert client.post("/in/nothing", data={"email": "a@b.es"}).status_code == 404
    r = client.get(good)
    assert r.status_code == 405 and r.headers["allow"] == "POST, OPTIONS"
    r = client.options(good)
    assert r.status_code == 204 and r.headers["access-control-allow-methods"] == "POST, OPTIONS"
    r = client.post(good, content=b"email=a%40b.es", headers={"Content-Type": "application/x-www-form-urlencoded",
                                                              "Transfer-Encoding": "chunked"})
    assert r.status_code in (400, 411)
    from runtime.engine.activation import deactivate_flow

    deactivate_flow(db, b.flow.id)
    r = client.post(good, data={"email": "a@b.es"})
    assert r.status_code == 409 and "is not active" in r.json()["error"]


def test_rate_limit_per_address_and_flow(db_url, memory_keyring) -> None:
    db = open_database(db_url)
    server = InboundServer(db, Engine(db), "127.0.0.1", 0, per_minute=2).start()
    try:
        b = _flow(db)
        url = f"http://127.0.0.1:{server.port}" + form_path(b.flow.id, token_for(b.flow.id))
        with httpx.Client(timeout=10) as client:
            codes = [client.post(url, data={"email": f"p{i}@example.es"}).status_code for i in range(3)]
            last = client.post(url, data={"email": "p9@example.es"})
        assert codes == [200, 200, 429]
        assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1
        assert json.loads(last.text)["error"] == "too many submissions; try again later"
    finally:
        server.stop()
        db.dispose()
