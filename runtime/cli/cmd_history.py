"""`history`: enrollments and their steps (filters, paging, --json); `history retry|cancel ID`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.history import (
    ENROLLMENT_STATUSES,
    HistoryError,
    count_enrollments,
    get_enrollment,
    list_enrollments,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("history", parents=[parent], help="what each contact did in each flow",
                       description="Enrollments, newest first, with every step. See docs/cli/runtime.md.")
    p.add_argument("--flow", metavar="ID", help="only this flow (id or exact name)")
    p.add_argument("--contact", metavar="EMAIL", help="only this contact (email, or CRM id)")
    p.add_argument("--status", choices=ENROLLMENT_STATUSES, help="only enrollments in this status")
    p.add_argument("--limit", type=int, default=50, help="at most this many enrollments (default 50)")
    p.add_argument("--offset", type=int, default=0, help="skip this many (paging)")
    add_json_flag(p)
    p.set_defaults(handler=show)
    actions = p.add_subparsers(dest="history_command", metavar="ACTION")
    for name, helptext in (("retry", "retry the failed or uncertain step of an enrollment"),
                           ("cancel", "cancel an enrollment (its contact leaves the flow)")):
        a = actions.add_parser(name, parents=[parent], help=helptext, description=helptext)
        a.add_argument("enrollment", type=int, metavar="ENROLLMENT", help="the enrollment id")
        a.set_defaults(handler=operate, operation=name)


def show(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise CliError("--limit and --offset must be 0 or more")
    db = open_db(args)
    try:
        with db.begin() as conn:
            items = list_enrollments(conn, args.flow, args.contact, args.status, args.limit, args.offset)
            total = count_enrollments(conn, args.flow, args.contact, args.status)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json(items)
        return 0
    if not items:
        print("no enrollments")
        return 0
    for item in items:
        print(format_enrollment(item))
    shown = f"{args.offset + 1}-{args.offset + len(items)}"
    print(f"({shown} of {total}; newest first)")
    return 0


def _detail(detail: Any) -> str:
    if detail in (None, {}, []):
        return ""
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 160 else text[:157] + "..."


def format_enrollment(e: dict[str, Any]) -> str:
    """One human block: a header line, then one line per step."""
    where = f" at «{e['current_node']['title']}»" if e["current_node"] else ""
    due = f", next at {e['next_due_at']}" if e["next_due_at"] else ""
    lines = [f"#{e['id']} {e['flow']['name']} v{e['flow_version']} · {e['contact']['email'] or e['contact']['id']}"
             f" · {e['status']}{where}{due}",
             f"  started {e['started_at']}, updated {e['updated_at']}"]
    for s in e["steps"]:
        lines.append(f"  {s['started_at']}  {s['status']:<9} {s['title']} ({s['node_type']})")
        if s["detail"] not in (None, {}, []):
            lines.append(f"      {_detail(s['detail'])}")
        if s["error"]:
            lines.append(f"      error: {s['error']}")
    return "\n".join(lines) + "\n"


def operate(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.begin() as conn:
            found = get_enrollment(conn, args.enrollment, with_steps=False)
        if found is None:
            raise CliError(f"no enrollment {args.enrollment}")
        from runtime.engine import Engine

        engine = Engine(db)
        try:
            result = getattr(engine, args.operation)(args.enrollment)
        except (ValueError, LookupError) as exc:
            raise CliError(f"enrollment {args.enrollment}: {exc}") from None
    finally:
        db.dispose()
    if result is False:
        raise CliError(f"enrollment {args.enrollment} ({found['status']}) cannot be {args.operation}ed now")
    verb = "will be retried by the runtime (run)" if args.operation == "retry" else "cancelled"
    print(f"enrollment {args.enrollment} {verb}")
    return 0
