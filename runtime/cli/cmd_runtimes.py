"""`runtimes`: who is running flows on this database (the registry of runtime/engine/registry.py)."""

from __future__ import annotations

import argparse

from runtime.cli.common import add_json_flag, open_db, print_json
from runtime.store.types import to_iso


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("runtimes", parents=[parent], help="list the runtimes working on this database",
                       description="The runtimes registered on this database (each designer's embedded one, "
                                   "`run` services): host, process, last heartbeat, calls in hand. "
                                   "See docs/cli/runtime.md.")
    add_json_flag(p)
    p.set_defaults(handler=list_cmd)


def list_cmd(args: argparse.Namespace) -> int:
    from runtime.engine.registry import list_runtimes

    db = open_db(args)
    try:
        rows = list_runtimes(db)
    finally:
        db.dispose()
    for r in rows:
        r["started_at"], r["heartbeat_at"] = to_iso(r["started_at"]), to_iso(r["heartbeat_at"])
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no runtime is running on this database")
        return 0
    print(f"{'RUNTIME':<10}{'KIND':<12}{'HOST':<20}{'PID':>8}  {'STARTED':<22}{'LAST BEAT':<22}{'CALLS':>6}")
    for r in rows:
        note = "  (process gone: the next runtime to look hands its calls on)" if r["process"] == "gone" else ""
        print(f"{r['id'][:8]:<10}{r['kind']:<12}{r['host'][:19]:<20}{r['pid']:>8}  {r['started_at']:<22}"
              f"{r['heartbeat_at']:<22}{r['calls_held']:>6}{note}")
    return 0
