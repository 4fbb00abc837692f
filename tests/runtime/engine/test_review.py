"""review(flow, db): warnings before activation (same trigger, no owner, 0-minute loops); never blockers."""

from __future__ import annotations

from runtime.engine.activation import activate_flow
from runtime.engine.review import review, trigger_key
from runtime.flows import repository
from runtime.flows.model import Node
from tests.runtime.engine.engine_support import FlowBuilder, activate


def _tag_flow(name: str, tag: str) -> FlowBuilder:
    b = FlowBuilder(name=name)
    b.flow.nodes = []
    b.trigger = b.add("trigger.tag_added", tag=tag, filter={"match": "all", "rules": []})
    mail = b.add("action.add_tag", tag="visto")
    b.chain(b.trigger, mail)
    return b


def test_another_active_flow_on_the_same_tag_is_a_warning(db):
    activate(db, _tag_flow("Bienvenida", "cliente"))
    mine = _tag_flow("Nuevo", "Cliente ")  # the engine compares tags case- and space-blind
    warnings = review(mine.flow, db)
    assert [(w.code, w.node_id) for w in warnings] == [("same_trigger", mine.trigger)]
    assert "«Bienvenida»" in warnings[0].message.es and "«Cliente »" in warnings[0].message.es
    assert "two welcome emails" in warnings[0].message.en
    assert review(_tag_flow("Otro", "vip").flow, db) == []


def test_a_stopped_flow_or_the_flow_itself_does_not_count(db):
    first = _tag_flow("Bienvenida", "cliente")
    activate(db, first)
    assert review(first.flow, db) == []  # its own active version
    from runtime.engine.activation import deactivate_flow

    deactivate_flow(db, first.flow.id)
    assert review(_tag_flow("Nuevo", "cliente").flow, db) == []


def test_trigger_keys_compare_what_fires_them():
    def node(type_id: str, **config) -> Node:
        return Node(id="x", type=type_id, config=config)

    assert trigger_key(node("trigger.manual")) is None
    assert trigger_key(node("trigger.contact_created")) == trigger_key(node("trigger.contact_created", filter={}))
    assert trigger_key(node("trigger.deal_stage_changed", to_stage="Ganado")) != trigger_key(
        node("trigger.deal_stage_changed", to_stage="Perdido"))


def test_tasks_for_the_owner_warn_when_contacts_have_none(db, crm):
    owner = crm.create_user("eva@acme.es", "Eva")
    crm.create_contact({"email": "a@x.es", "owner_id": owner})
    crm.create_contact({"email": "b@x.es"})
    b = FlowBuilder()
    task = b.add("action.create_task", node_title="Llamar", title="Llamar", assignee="owner")
    backed = b.add("action.create_task", node_title="Revisar", title="Revisar", assignee="owner",
                   fallback="eva@acme.es")
    notice = b.add("action.notify_user", node_title="Avisar", user="owner", message="Hola")
    fixed = b.add("action.create_task", node_title="Fija", title="Fija", assignee="eva@acme.es")
    b.chain(b.trigger, task, backed, notice, fixed)
    warnings = {w.node_id: w.message for w in review(b.flow, db)}
    assert set(warnings) == {task, backed, notice}
    assert "1 of 2 contacts have no owner" in warnings[task].en and "created unassigned" in warnings[task].en
    assert "1 de 2 contactos no tienen propietario" in warnings[task].es
    assert "assigned to eva@acme.es" in warnings[backed].en
    assert "this step will fail for them" in warnings[notice].en


def test_no_owner_warning_needs_contacts_without_owner(db, crm):
    owner = crm.create_user("eva@acme.es", "Eva")
    crm.create_contact({"email": "a@x.es", "owner_id": owner})
    b = FlowBuilder()
    b.chain(b.trigger, b.add("action.create_task", title="Llamar", assignee="owner"))
    assert review(b.flow, db) == []


def test_a_loop_through_a_zero_minute_wait_is_a_warning_and_a_real_wait_is_not(db):
    b = FlowBuilder()
    tag = b.add("action.add_tag", node_title="Marcar", tag="x")
    wait = b.add("wait.duration", node_title="Pausa", amount=0, unit="minutes")
    b.chain(b.trigger, tag, wait)
    b.link(wait, tag)
    warnings = review(b.flow, db)
    assert [(w.code, w.node_id) for w in warnings] == [("zero_wait_loop", wait)]
    assert "«Marcar», «Pausa»" in warnings[0].message.es
    b.flow.node(wait).config["amount"] = 5
    assert review(b.flow, db) == []


def test_warnings_never_block_activation(db, crm):
    crm.create_contact({"email": "b@x.es"})
    activate(db, _tag_flow("Bienvenida", "cliente"))
    mine = _tag_flow("Nuevo", "cliente")
    mine.chain(mine.flow.nodes[-1].id, mine.add("action.create_task", title="Llamar", assignee="owner"))
    with db.begin() as conn:
        repository.import_flow(conn, mine.flow)
    assert len(review(mine.flow, db)) == 2
    assert activate_flow(db, mine.flow.id).version == 1
