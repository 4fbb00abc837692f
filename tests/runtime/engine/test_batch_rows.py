"""What a batch keeps in memory and writes at its end: which ended enrollments complete."""

from __future__ import annotations

from runtime.engine.batch_rows import PendingEnrollment, complete_ended


def test_an_ended_branch_completes_its_enrollment_only_when_no_work_item_is_left(db):
    ended = PendingEnrollment(1, "f", "active", "n", 3, ended=True)
    still_busy = PendingEnrollment(2, "f", "active", "n", 3, ended=True, created=1)  # another branch goes on
    killed = PendingEnrollment(3, "f", "exited", "n", 3, ended=True, kill=True)
    running = PendingEnrollment(4, "f", "active", "n", 3)
    with db.begin() as conn:
        complete_ended(conn, [ended, still_busy, killed, running], 100.0)
    assert (ended.status, ended.finished_at, ended.next_due) == ("completed", 100.0, None)
    assert [e.status for e in (still_busy, killed, running)] == ["active", "exited", "active"]
