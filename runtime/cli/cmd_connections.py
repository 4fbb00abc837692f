"""`connections`: add, list, test, sync and remove named HubSpot / Bitrix24 connections.

The token or webhook URL is read from stdin (or prompted without echo on a terminal),
stored in the OS keyring only, and never printed: Bitrix24 URLs show as host/rest/***/.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from runtime import secrets
from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.crm import connections
from runtime.crm.base import CrmError
from runtime.i18n import _, _n
from runtime.store.types import to_iso

PROMPTS = {"hubspot": "HubSpot private-app token: ", "bitrix24": "Bitrix24 inbound webhook URL: "}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("connections", parents=[parent], help=_('connections to HubSpot / Bitrix24'),
                           description=_('Named CRM connections. See docs/cli/connections.md.'))
    cmds = group.add_subparsers(dest="connections_command", metavar="ACTION", required=True)
    p = cmds.add_parser("add", parents=[parent], help=_('add a connection (secret read from stdin)'))
    p.add_argument("kind", choices=connections.KINDS)
    p.add_argument("name")
    p.add_argument("--tag-property", default="",
                   help=_('HubSpot multiple-checkbox property / Bitrix24 UF_CRM_* field that holds tags'))
    p.add_argument("--poll-seconds", type=int, default=60, help=_('polling interval (default 60)'))
    p.add_argument("--base-url", default=None, help=argparse.SUPPRESS)  # tests: a loopback fake
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("list", parents=[parent], help=_('list connections (never their secrets)'))
    add_json_flag(p)
    p.set_defaults(handler=run_list)
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
        return getpass.getpass(PROMPTS[kind])
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
    print(_('connection {name!r} added ({kind}, {display}); secret stored in the keyring').format(name=conn.name, kind=conn.kind, display=conn.display))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        found = [c.public() | {"created_at": to_iso(c.created_at)} for c in connections.list_connections(db)]
    finally:
        db.dispose()
    if args.json:
        print_json(found)
        return 0
    for c in found:
        tags = f"  tags: {c['tag_property']}" if c["tag_property"] else ""
        print(_('{name:<20} {kind:<9} {display:<40} every {poll_seconds}s{tags}').format(name=c['name'], kind=c['kind'], display=c['display'], poll_seconds=c['poll_seconds'], tags=tags))
    print("\n" + _n("{n} connection", "{n} connections", len(found)))
    return 0


def run_test(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        conn = _guard(connections.get_connection, db, args.name)
        connector, _client = _guard(connections.open_connector, conn)
        ops = connector.bind(None)
        users = _guard(ops.list_users)
        pipelines = _guard(ops.list_pipelines)
        fields = _guard(ops.list_fields)
        status = connector.api.http.status.snapshot()
        connector.api.http.close()
    finally:
        db.dispose()
    report = {"name": conn.name, "ok": True, "users": len(users), "pipelines": len(pipelines),
              "fields": len(fields), "status": status}
    if args.json:
        print_json(report)
    else:
        quota = "; " + _("quota {remaining}/{limit}").format(remaining=status["remaining"], limit=status["limit"]) \
            if status["remaining"] is not None else ""
        print(_('connection {name!r} works: {users} users, {pipelines} pipelines, {fields} contact fields{quota}').format(name=conn.name, users=len(users), pipelines=len(pipelines), fields=len(fields), quota=quota))
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
        print(_('{events} changes from {name!r} ({records} records read, {skipped} already seen)').format(events=result.events, name=args.name, records=result.records, skipped=result.skipped))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        _guard(connections.remove_connection, db, args.name)
    finally:
        db.dispose()
    print(_('connection {name!r} removed (and its secret)').format(name=args.name))
    return 0
