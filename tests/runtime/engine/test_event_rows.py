"""Change events as the trigger code reads them, and the cursor over them."""

from __future__ import annotations

from sqlalchemy import select

from runtime.crm.local import LocalCrm
from runtime.engine import event_rows
from runtime.store.schema_crm import change_events
from runtime.store.schema_runtime import cursors


def test_the_events_cursor_exists_from_the_migration_and_a_missing_one_is_created_when_locked(db):
    with db.begin() as conn:
        assert conn.execute(select(cursors.c.value).where(cursors.c.name == event_rows.EVENTS_CURSOR)).scalar() == "0"
        conn.execute(cursors.delete())
        assert event_rows.read_cursor(conn, lock=True) == 0
        assert conn.execute(select(cursors.c.value).where(cursors.c.name == event_rows.EVENTS_CURSOR)).scalar() == "0"


def test_next_events_reads_rows_as_the_table_holds_them(db):
    crm = LocalCrm(db)
    cid = crm.create_contact({"email": "ne@example.es"}, origin="cli")
    crm.add_tag(cid, "x", origin="cli")
    with db.begin() as conn:
        read = event_rows.next_events(conn, 0, 10)
        rows = conn.execute(select(change_events).order_by(change_events.c.id)).all()
    assert [e._mapping for e in read] == [dict(r._mapping) for r in rows]
    assert read[-1].changes == {"tag": [None, "x"]} and read[-1].entity_id == str(cid)


def test_events_with_the_same_changes_text_share_what_it_decodes_to(db):
    crm = LocalCrm(db)
    for email in ("a@example.es", "b@example.es"):
        crm.add_tag(crm.create_contact({"email": email}, origin="cli"), "x", origin="cli")
    with db.begin() as conn:
        tags = [e for e in event_rows.next_events(conn, 0, 10) if e.kind == "tag_added"]
    assert [e.changes for e in tags] == [{"tag": [None, "x"]}] * 2 and tags[0].changes is tags[1].changes
