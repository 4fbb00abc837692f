"""`connections`: add, list, update, test, sync and remove named CRM connections (HubSpot,
Bitrix24, Clientify, Pipedrive).

The token or webhook URL is read from stdin (or prompted without echo on a terminal),
stored in the OS keyring only, and never printed: Bitrix24 URLs show as host/rest/***/.
`list` shows a paused connection (a revoked token, a daily quota) and why; `update`
replaces a secret (or settings) keeping the poll cursors, and the paused work resumes.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from runtime import secrets
from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.crm import connections, pause
from runtime.crm.base import CrmError
from runtime.crm.kinds import KINDS
from runtime.i18n import _, _n, language, translate_rendered
from runtime.store.types import to_iso

BASE_URL_HELP = ("the API root, for a vendor sandbox or test portal (default: the vendor's public API; "
                 "Bitrix24 has none: its webhook URL is the address)")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("connections", parents=[parent],
                           help=_("connections to HubSpot / Bitrix24 / Clientify / Pipedrive"),
                           description=_("Named CRM connections. See docs/cli/connections.md."))
    cmds = group.add_subparsers(dest="connections_command", metavar="ACTION", required=True)
    p = cmds.add_parser("add", parents=[parent], help=_('add a connection (secret read from stdin)'))
    p.add_argument("kind", choices=connections.KINDS)
    p.add_argument("name")
    p.add_argument("--tag-property", default="",
                   help=_("HubSpot multiple-checkbox property / Bitrix24 UF_CRM_* field that holds tags"))
    p.add_argument("--poll-seconds", type=int, default=60, help=_("polling interval (default 60)"))
    p.add_argument("--base-url", default=None, metavar="URL", help=BASE_URL_HELP)
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("list", parents=[parent], help=_("list connections and their state (never their secrets)"))
    add_json_flag(p)
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("update", parents=[parent],
                        help=_("replace a connection's secret (read from stdin) or settings, keeping its cursors"))
    p.add_argument("name")
    p.add_argument("--keep-secret", action="store_true", help=_('change only the settings given, not the secret'))
    p.add_argument("--tag-property", default=None)
    p.add_argument("--poll-seconds", type=int, default=None)
    p.add_argument("--base-url", default=None, metavar="URL", help=BASE_URL_HELP)
    p.set_defaults(handler=run_update)
    for action, helptext, handler in (("test", "check the secret and read owners, pipelines, fields", run_test),
                                      ("sync", "poll for changes now", run_sync),
                                      ("remove", "remove a connection and its secret", run_remove)):
        p = cmds.add_parser(action, parents=[parent], help=helptext)
        p.add_argument("name")
        if action != "remove":
            add_json_flag(p)
        p.set_defaults(handler=handler)


def _read_secret(kind: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"{KINDS[kind].title} {KINDS[kind].secret_label}: ")
    return sys.stdin.readline().strip()


def _guard(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except (connections.ConnectionProblem, secrets.SecretsUnavailable, CrmError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    except secrets.SecretMissing as exc:
        raise CliError(str(exc)) from exc


def run_add(args: argparse.Namespace) -> int:
    secret = _read_secret(args.kind)
    db = open_db(args)
    try:
        conn = _guard(connections.add_connection, db, args.kind, args.name, secret, base_url=args.base_url,
                      poll_seconds=args.poll_seconds, tag_property=args.tag_property)
    finally:
        db.dispose()
    print(_('connection {name!r} added ({kind}, {display}); secret stored in the keyring')
          .format(name=conn.name, kind=conn.kind, display=conn.display))
    return 0


def _state(found: pause.Pause | None) -> dict[str, Any]:
    if found is None:
        return {"state": "ok"}
    return {"state": "paused", "reason": found.reason, "message": found.message, "since": to_iso(found.since),
            "retry_at": to_iso(found.until) if found.until is not None else None}


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        pauses = pause.load(db)
        found = [c.public() | {"created_at": to_iso(c.created_at), "updated_at": to_iso(c.updated_at)
                               if c.updated_at else None} | _state(pauses.get(c.name))
                 for c in connections.list_connections(db)]
    finally:
        db.dispose()
    if args.json:
        print_json(found)
        return 0
    for c in found:
        tags = f"  tags: {c['tag_property']}" if c["tag_property"] else ""
        print(_("{name:<20} {kind:<9} {display:<40} every {poll_seconds}s{tags}").format(
            name=c["name"], kind=c["kind"], display=c["display"], poll_seconds=c["poll_seconds"], tags=tags))
        if c["state"] == "paused":
            again = "; " + _("tries again at {when}").format(when=c["retry_at"]) if c["retry_at"] else ""
            print(" " * 20 + " " + _("PAUSED ({reason}) since {since}{again}: {message}").format(
                reason=c["reason"], since=c["since"], again=again,
                message=translate_rendered(language(), c["message"])))
    print("\n" + _n("{n} connection", "{n} connections", len(found)))
    return 0


def run_update(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        current = _guard(connections.get_connection, db, args.name)
        secret = None if args.keep_secret else _read_secret(current.kind)
        updated = _guard(connections.update_connection, db, args.name, secret, poll_seconds=args.poll_seconds,
                         tag_property=args.tag_property, base_url=args.base_url)
    finally:
        db.dispose()
    what = "secret replaced in the keyring" if secret is not None else "settings changed"
    print(_('connection {name!r} updated ({kind}, {display}): {what}; poll cursors kept, paused work resumes')
          .format(name=updated.name, kind=updated.kind, display=updated.display, what=what))
    return 0


def run_test(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        found = _guard(connections.check, db, args.name)
    finally:
        db.dispose()
    status = found["status"]
    report = {"name": args.name, "ok": True, **found}
    if args.json:
        print_json(report)
    else:
        quota = "; " + _("quota {remaining}/{limit}").format(remaining=status["remaining"], limit=status["limit"]) \
            if status["remaining"] is not None else ""
        print(_("connection {name!r} works: {users} users, {pipelines} pipelines, {fields} contact fields{quota}")
              .format(name=args.name, users=found["users"], pipelines=found["pipelines"], fields=found["fields"],
                      quota=quota))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = _guard(connections.sync, db, args.name)
    finally:
        db.dispose()
    if args.json:
        print_json({"name": args.name, "events": result.events, "records": result.records,
                    "skipped": result.skipped})
    else:
        print(_('{events} changes from {name!r} ({records} records read, {skipped} already seen)')
              .format(events=result.events, name=args.name, records=result.records, skipped=result.skipped))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        _guard(connections.remove_connection, db, args.name)
    finally:
        db.dispose()
    print(_('connection {name!r} removed (and its secret)').format(name=args.name))
    return 0
