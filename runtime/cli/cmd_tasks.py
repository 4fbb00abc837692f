"""`tasks list|complete`: the local CRM's tasks (what flows created, and any other), as people work them."""

from __future__ import annotations

import argparse
from typing import Any

from runtime.cli.cmd_contacts import ORIGIN
from runtime.cli.common import CliError, add_json_flag, open_db, print_json, when
from runtime.crm.base import CrmError
from runtime.crm.local import task_board
from runtime.i18n import N_, _
from runtime.store.types import to_iso


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("tasks", parents=[parent], help=_('tasks of the local CRM: list, complete'),
                           description=_('Tasks of the local CRM. See docs/cli/contacts.md.'))
    cmds = group.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)
    p = cmds.add_parser("list", parents=[parent], help=_('open tasks (soonest due first), or --overdue/--done/--all'))
    which = p.add_mutually_exclusive_group()
    helps = {"open": N_("open tasks (default)"), "overdue": N_("overdue tasks"), "done": N_("done tasks"),
             "all": N_("all tasks")}
    for state in ("open", "overdue", "done", "all"):
        which.add_argument(f"--{state}", dest="state", action="store_const", const=state, help=_(helps[state]))
    p.add_argument("--owner", metavar="USER", help=_("only this owner's tasks (user email or id)"))
    p.add_argument("--contact", metavar="EMAIL", help=_("only this contact's tasks"))
    p.add_argument("--limit", type=int, default=100, help=_('at most this many (default 100)'))
    add_json_flag(p)
    p.set_defaults(handler=run_list, state="open")
    p = cmds.add_parser("complete", parents=[parent], help=_('mark tasks done'))
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(handler=run_complete)


def _run(args: argparse.Namespace, fn: Any) -> Any:
    db = open_db(args)
    try:
        with db.begin(immediate=True) as conn:
            return fn(conn)
    except CrmError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()


def task_json(t: dict[str, Any]) -> dict[str, Any]:
    return {**t, "due_at": to_iso(t["due_at"]), "done_at": to_iso(t["done_at"]), "created_at": to_iso(t["created_at"])}


def _due(ts: float | None) -> str:
    return when(ts)


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise CliError(_('--limit must be 0 or more'))
    found = _run(args, lambda conn: task_board.find_tasks(conn, args.state, args.owner, args.contact,
                                                          limit=args.limit))
    if args.json:
        print_json([task_json(t) for t in found])
        return 0
    if not found:
        print(_("No tasks."))
        return 0
    for t in found:
        mark = "x" if t["done"] else ("!" if t["overdue"] else " ")
        who = (t["owner"] or {}).get("email") or _("(unassigned)")
        contact = (t["contact"] or {}).get("email") or ""
        late = " " + _("OVERDUE") if t["overdue"] else ""
        print(f"[{mark}] {t['id']:>4}  {_due(t['due_at'])}{late}  {t['title']}  ·  {who}"
              + (f"  ·  {contact}" if contact else ""))
    return 0


def run_complete(args: argparse.Namespace) -> int:
    done = _run(args, lambda conn: [(i, task_board.complete_task(conn, i, ORIGIN)) for i in args.ids])
    for task_id, changed in done:
        print((_("task {id} done") if changed else _("task {id} was already done")).format(id=task_id))
    return 0
