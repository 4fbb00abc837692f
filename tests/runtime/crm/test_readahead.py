"""The read-ahead reads contacts in batches, outside transactions, and only what steps will read."""

from __future__ import annotations

from pathlib import Path

from tests.runtime.crm.crm_support import office


def test_a_batch_of_due_steps_reads_its_contacts_in_one_batch_call(tmp_path: Path, httpserver,
                                                                    memory_keyring) -> None:
    o = office(tmp_path, httpserver)
    for i in range(150):
        o.hub.put_contact(str(100 + i), o.t0 - 58, created=o.t0 - 3600, email=f"c{i}@x.es", plan="basic",
                          hubspot_owner_id="501")
    o.clock.set(o.t0 + 1)
    o.runtime.run_until_idle()  # baseline snapshots of the new contacts (no poll yet: interval)
    o.clock.set(o.t0 + 61)
    o.runtime.poll_connections()
    for i in range(150):
        o.hub.put_contact(str(100 + i), o.t0 + 62, plan="pro")
    o.clock.set(o.t0 + 122)
    o.runtime.poll_connections()
    before = len(o.hub.requests)
    o.runtime.run_until_idle()
    calls = [p for _, p in o.hub.requests[before:]]
    assert len(o.hub.tasks) == 150
    # the poll's snapshots served the enrollments and the steps: only the 150 creates went out
    assert calls.count("/crm/v3/objects/tasks") == 150 and len(calls) == 150
    o.close()
