"""Compiled flow versions: which nodes are worth prefetching the contact for."""

from __future__ import annotations

from runtime.engine.compiled import compile_version
from tests.runtime.engine.engine_support import FlowBuilder, activate


def test_a_node_that_hands_over_to_a_contact_reader_prefetches_for_it(db):
    b = FlowBuilder()
    first = b.add("wait.duration", amount=1, unit="hours")
    split = b.add("decision.split", branches=[{"port": "branch_1", "name": "A", "percent": 100}])
    update = b.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    second = b.add("wait.duration", amount=1, unit="days")
    third = b.add("wait.duration", amount=2, unit="days")
    b.chain(b.trigger, first, split)
    b.link(split, update, "branch_1")
    b.chain(update, second, third)
    with db.begin() as conn:
        flow = compile_version(conn, activate(db, b))
    reads = {node_id: flow.nodes[node_id].reads_contact for node_id in (first, split, update, second, third)}
    assert reads == {first: True, split: True, update: True, second: False, third: False}
    assert not flow.nodes[b.trigger].reads_contact
