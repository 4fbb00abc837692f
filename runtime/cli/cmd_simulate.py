"""`simulate FLOW_FILE (--contacts CSV | --all-contacts) [--days N] [--json]`: a dry run."""

from __future__ import annotations

import argparse

from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.flows.errors import FlowFileError
from runtime.i18n import _, _n


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("simulate", parents=[parent], help=_('dry-run a flow file over contacts'),
                       description=_('Dry run of a flow on a scratch copy of the data: nothing is sent, '
                                     'the real data is not touched. See docs/cli/runtime.md.'))
    p.add_argument("flow_file", metavar="FLOW_FILE", help=_('a *.caudal.json file'))
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--contacts", metavar="CSV", help=_('simulate these contacts (a CSV as for contacts import)'))
    who.add_argument("--all-contacts", action="store_true", help=_('simulate every contact of the local CRM'))
    p.add_argument("--days", type=int, default=30, help=_('how many days to simulate (default 30)'))
    add_json_flag(p)
    p.set_defaults(handler=simulate)


def simulate(args: argparse.Namespace) -> int:
    from runtime.simulate import SimulationError, simulate_flow

    source = open_db(args) if args.all_contacts else None
    try:
        result = simulate_flow(args.flow_file, contacts_csv=args.contacts, source=source, days=args.days)
    except FlowFileError as exc:
        raise CliError(str(exc)) from None
    except SimulationError as exc:
        raise CliError(str(exc)) from None
    finally:
        if source is not None:
            source.dispose()
    if args.json:
        print_json(result.as_json())
        return 0
    print(_("Simulated «{flow}» for {contacts} over {days}; nothing left this machine.").format(
        flow=result.flow_name, contacts=_n("{n} contact", "{n} contacts", len(result.contacts)),
        days=_n("{n} day", "{n} days", result.days)))
    for c in result.contacts:
        path = " → ".join(step["title"] for step in c["path"]) or _("(no steps)")
        where = " " + _("at «{node}»").format(node=c["current_node"]["title"]) if c["current_node"] else ""
        print(f"  {c['email'] or c['id']}: {path}  [{c['status']}{where}]")
    print(_('Contacts reaching each node:'))
    width = max((len(n["title"]) for n in result.nodes), default=0)
    for n in result.nodes:
        print(f"  {n['title']:<{width}}  {n['reached']}")
    if result.emails:
        print(_n("({n} email would be sent; it stayed in the scratch outbox)",
                 "({n} emails would be sent; they stayed in the scratch outbox)", result.emails))
    return 0
