"""`users`: add and list the users (owners) of the local CRM."""

from __future__ import annotations

import argparse

from runtime.cli.cmd_contacts import ORIGIN, local_crm
from runtime.cli.common import add_json_flag, print_json
from runtime.i18n import _, _n


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("users", parents=[parent], help=_('users (owners) of the local CRM'),
                           description=_('Users of the local CRM. See docs/cli/contacts.md.'))
    cmds = group.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = cmds.add_parser("add", parents=[parent], help=_('add a user'))
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("list", parents=[parent], help=_('list users'))
    add_json_flag(p)
    p.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        uid = crm.create_user(args.email, args.name, ORIGIN)
    print(_('user {uid} created ({email})').format(uid=uid, email=args.email.strip().lower()))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        found = crm.list_users()
    if args.json:
        print_json(found)
        return 0
    for u in found:
        print(f"{u['id']:>4}  {u['email']:<32}  {u['name']}")
    print("\n" + _n("{n} user", "{n} users", len(found)))
    return 0
