"""`runtimes`: who is running flows on this database (the registry of runtime/engine/registry.py)."""

from __future__ import annotations

import argparse

from runtime.cli.common import add_json_flag, open_db, print_json, when
from runtime.i18n import _
from runtime.store.types import to_iso


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("runtimes", parents=[parent], help=_("list the runtimes working on this database"),
                       description=_("The runtimes registered on this database (each designer's embedded one, "
                                     "`run` services): host, process, last heartbeat, calls in hand. "
                                     "See docs/cli/runtime.md."))
    add_json_flag(p)
    p.set_defaults(handler=list_cmd)


def list_cmd(args: argparse.Namespace) -> int:
    from runtime.engine.registry import list_runtimes

    db = open_db(args)
    try:
        rows = list_runtimes(db)
    finally:
        db.dispose()
    if args.json:
        for r in rows:
            r["started_at"], r["heartbeat_at"] = to_iso(r["started_at"]), to_iso(r["heartbeat_at"])
        print_json(rows)
        return 0
    if not rows:
        print(_("no runtime is running on this database"))
        return 0
    table = [(_("RUNTIME"), _("KIND"), _("HOST"), _("PID"), _("STARTED"), _("LAST BEAT"), _("CALLS"))]
    notes = [""]
    for r in rows:
        table.append((r["id"][:8], r["kind"], r["host"][:19], str(r["pid"]), when(r["started_at"]),
                      when(r["heartbeat_at"]), str(r["calls_held"])))
        notes.append("  " + _("(process gone: the next runtime to look hands its calls on)")
                     if r["process"] == "gone" else "")
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row, note in zip(table, notes, strict=True):
        cells = [v.rjust(w) if i in (3, 6) else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip() + note)
    return 0
