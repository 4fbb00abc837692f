"""`deals`: add, update, move and list deals; add and list pipelines (ordered stages)."""

from __future__ import annotations

import argparse

from runtime.cli.cmd_contacts import ORIGIN, key_values, local_crm, print_changes
from runtime.cli.common import add_json_flag, print_json
from runtime.i18n import _, _n, language
from runtime.i18n.formats import format_amount
from runtime.store.types import to_iso


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("deals", parents=[parent], help=_('deals and pipelines of the local CRM'),
                           description=_('Deals of the local CRM. See docs/cli/contacts.md.'))
    cmds = group.add_subparsers(dest="deals_command", metavar="ACTION", required=True)
    p = cmds.add_parser("add", parents=[parent], help=_('add a deal at a stage of a pipeline'))
    p.add_argument("--title", required=True)
    p.add_argument("--contact", metavar="EMAIL")
    p.add_argument("--pipeline", required=True)
    p.add_argument("--stage", required=True)
    p.add_argument("--amount")
    p.add_argument("--owner", metavar="USER", help=_("user id or email"))
    p.add_argument("--close-date", metavar="DATE", help=_("ISO date, e.g. 2026-12-01"))
    p.add_argument("--field", action="append", metavar="KEY=VALUE",
                   help=_("a custom field, e.g. order_date=2026-12-01 (repeat)"))
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("update", parents=[parent], help=_("change fields of a deal (title, amount, owner_id, "
                                                          "close_date, contact_id or custom ones such as order_date)"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", required=True)
    p.set_defaults(handler=run_update)
    p = cmds.add_parser("move", parents=[parent], help=_("move a deal to another stage"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--stage", required=True)
    p.add_argument("--pipeline", help=_('move into another pipeline too'))
    p.set_defaults(handler=run_move)
    p = cmds.add_parser("list", parents=[parent], help=_('list deals, newest first'))
    p.add_argument("--contact", metavar="EMAIL")
    add_json_flag(p)
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("add-pipeline", parents=[parent], help=_('add a pipeline with its stages in order'))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--stage", action="append", required=True, help=_('repeat, in order'))
    p.set_defaults(handler=run_add_pipeline)
    p = cmds.add_parser("pipelines", parents=[parent], help=_('list pipelines and their stages'))
    add_json_flag(p)
    p.set_defaults(handler=run_pipelines)


def run_add(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        did = crm.create_deal(args.title, args.pipeline, args.stage, ORIGIN, contact=args.contact,
                              amount=args.amount, owner=args.owner, close_date=args.close_date,
                              custom=key_values(args.field, "--field"))
        deal = crm.get_deal(did)
        assert deal is not None  # created just above, in this process
    print(_("deal {did} created [{pipeline} / {stage}]")
          .format(did=did, pipeline=deal["pipeline"], stage=deal["stage"]))
    return 0


def run_update(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        changes = crm.update_deal(args.id, key_values(args.field, "--field"), ORIGIN)
    print_changes(changes)
    return 0


def run_move(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        moved = crm.move_deal(args.id, args.stage, ORIGIN, args.pipeline)
        deal = crm.get_deal(args.id)
        assert deal is not None  # move_deal raised if there was none
    done = _("deal {id} moved to {stage}") if moved else _("deal {id} already at {stage}")
    print(done.format(id=deal["id"], stage=deal["stage"]))
    return 0


def deal_json(d: dict) -> dict:
    return {"id": d["id"], "title": d["title"], "contact": {"id": d["contact_id"], "email": d["contact_email"]}
            if d["contact_id"] else None, "pipeline": d["pipeline"], "stage": d["stage"], "amount": d["amount"],
            "owner_id": d["owner_id"], "close_date": d["close_date"], "custom": d["custom"],
            "created_at": to_iso(d["created_at"]),
            "updated_at": to_iso(d["updated_at"])}


def run_list(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        found = crm.list_deals(contact=args.contact)
    if args.json:
        print_json([deal_json(d) for d in found])
        return 0
    for d in found:
        amount = format_amount(d["amount"], language())
        print(f"{d['id']:>4}  {d['title']:<36}  {d['pipeline']} / {d['stage']:<14}  {amount:>10}  "
              f"{d['contact_email'] or ''}")
    print("\n" + _n("{n} deal", "{n} deals", len(found)))
    return 0


def run_add_pipeline(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        pid = crm.create_pipeline(args.name, args.stage, ORIGIN)
    print(_("pipeline {pid} created: {stages}").format(pid=pid, stages=" > ".join(s.strip() for s in args.stage)))
    return 0


def run_pipelines(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        found = crm.list_pipelines()
    if args.json:
        print_json(found)
        return 0
    for p in found:
        print(f"{p['name']}: {' > '.join(s['name'] for s in p['stages'])}")
    return 0
