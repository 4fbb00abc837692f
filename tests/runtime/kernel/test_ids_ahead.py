"""Ids taken ahead: what the table would give (SQLite) or its sequence's (PostgreSQL), never a clash."""

from __future__ import annotations

from runtime.kernel.ids_ahead import IdsAhead
from runtime.kernel.sql import fetch, many

_TASK = "INSERT INTO crm_tasks (id, title, notes, due_at, done, created_at) VALUES (?, ?, '', NULL, ?, 0)"


def test_ids_are_new_rising_and_take_their_rows(db):
    with db.begin() as conn:
        fetch(conn, "INSERT INTO crm_tasks (title, notes, done, created_at) VALUES ('old', '', ?, 0) RETURNING id",
              (False,))
        ids = IdsAhead(conn, "crm_tasks")
        taken = [ids.next() for _ in range(300)]  # past a block
        many(conn, _TASK, [(i, f"t{i}", False) for i in taken])
        top = fetch(conn, "SELECT MAX(id) FROM crm_tasks")[0][0]
    assert taken == sorted(taken) and len(set(taken)) == 300 and top == taken[-1]


def test_after_the_table_gives_an_id_itself_the_next_ones_do_not_clash(db):
    with db.begin() as conn:
        ids = IdsAhead(conn, "crm_tasks")
        first = ids.next()
        many(conn, _TASK, [(first, "queued", False)])
        made = fetch(conn, "INSERT INTO crm_tasks (title, notes, done, created_at) VALUES ('own', '', ?, 0)"
                           " RETURNING id", (False,))[0][0]
        ids.forget()
        after = ids.next()
        many(conn, _TASK, [(after, "next", False)])  # would raise on a clash
    assert first < made < after
