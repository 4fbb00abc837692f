"""One enrollment's journey: its steps with what each meant, and the path it walked."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.history.model import HistoryError, Journey


def journey(conn: Connection, enrollment_id: int, lang: str = "es") -> Journey:
    """The enrollment's header and its steps (oldest first), each with a reason in `lang`.

    Raises:
        HistoryError: there is no such enrollment.
    """
    raise HistoryError(f"no enrollment {enrollment_id}")


def path_of(conn: Connection, enrollment_id: int) -> list[tuple[str, str]]:
    """Edges (from_node, to_node) the enrollment walked, in order."""
    return []


def nodes_of(conn: Connection, enrollment_id: int) -> list[str]:
    """Node ids the enrollment visited, in order of first visit."""
    return []
