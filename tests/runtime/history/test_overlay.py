"""Contacts at each node now: active, waiting, failed and uncertain counted apart, per flow or version."""

from __future__ import annotations

from runtime.history import NodeCount, count_in_flight, node_counts
from tests.runtime.history.history_support import failing_flow, person, run_one, welcome_flow


def test_node_counts_by_state(db, crm, engine):
    shop, _ = welcome_flow(db)
    for n in ("a", "b"):
        run_one(db, engine, shop.version_id, person(crm, n, "", f"{n}@example.es"))
    run_one(db, engine, shop.version_id, person(crm, "c", "", "c@example.es", city="Sevilla"))  # completed
    tasks, task = failing_flow(db)
    run_one(db, engine, tasks, person(crm, "d", "", "d@example.es"))
    with db.begin() as conn:
        assert count_in_flight(conn) == 2  # a and b wait; c completed; d failed
        assert node_counts(conn, shop.flow_id) == {shop.wait: NodeCount(waiting=2)}
        assert node_counts(conn, shop.flow_id, shop.version_id)[shop.wait].total == 2
        assert node_counts(conn, shop.flow_id, shop.version_id + 99) == {}
        from runtime.store.schema_flows import flow_versions

        tasks_flow = conn.scalar(flow_versions.select().with_only_columns(flow_versions.c.flow_id)
                                 .where(flow_versions.c.id == tasks))
        assert node_counts(conn, tasks_flow) == {task: NodeCount(failed=1)}
