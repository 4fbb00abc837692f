"""`enroll FLOW --contact EMAIL`: fire a flow's manual trigger for contacts.

The enrollment is stored at once; its steps run under `run` (or `run --until-idle`).
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from runtime.cli.common import CliError, open_db
from runtime.engine.triggers import parse_version
from runtime.flows import repository
from runtime.i18n import _
from runtime.store.schema_flows import flow_versions


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enroll", parents=[parent], help=_('start an active flow for contacts (manual trigger)'),
                       description=_('Fire the manual trigger of an active flow for each contact. See docs/cli/runtime.md.'))
    p.add_argument("flow", metavar="FLOW", help=_('flow id or exact name'))
    p.add_argument("--contact", metavar="EMAIL", action="append", required=True,
                   help=_("the contact's email (repeat for several)"))
    p.set_defaults(handler=enroll)


def _connector(engine: Any, db: Any, crm: str) -> Any:
    connectors = getattr(engine, "connectors", None)
    if callable(connectors):
        return connectors(crm)
    from runtime.crm.local import LocalCrm

    return LocalCrm(db)


def enroll(args: argparse.Namespace) -> int:
    from runtime.crm.connections import ConnectorResolver
    from runtime.engine import Engine

    db = open_db(args)
    refused = 0
    connectors = ConnectorResolver(db)  # a flow on a HubSpot/Bitrix24 connection finds it
    try:
        engine = Engine(db, connectors=connectors)
        with db.begin(immediate=True) as conn:
            info = repository.find(conn, args.flow)
            if info is None:
                raise CliError(_('no flow with id or name {flow!r}').format(flow=args.flow))
            if not info.is_active or info.active_version_id is None:
                raise CliError(_('flow «{name}» is not active; activate it first (flows activate)').format(name=info.name))
            row = conn.execute(select(flow_versions).where(flow_versions.c.id == info.active_version_id)).first()
            version = parse_version(info.id, info.name, row.id, row.created_at, row.document)
            manual = version.of_type("trigger.manual")
            if not manual:
                raise CliError(_('flow «{name}» has no manual trigger (trigger.manual) to fire').format(name=info.name))
            ops = _connector(engine, db, version.crm).bind(conn)
            results = []
            for email in args.contact:
                contact = ops.find_contact(email.strip())
                if contact is None:
                    raise CliError(_('no contact with email {email}: nobody was enrolled').format(email=email.strip().lower()))
                results.append((email, engine.enroll(conn, row.id, str(contact["id"]),
                                                     trigger_node=manual[0].id, origin="cli")))
    finally:
        connectors.close()
        db.dispose()
    for email, enrollment_id in results:
        if enrollment_id is None:
            refused += 1
            print(_("{email}: not enrolled (the flow's re-enrollment policy refuses a new journey)").format(email=email))
        else:
            print(_('{email}: enrollment {enrollment_id} in «{name}» v{version}').format(email=email, enrollment_id=enrollment_id, name=info.name, version=row.version))
    return 1 if refused == len(results) else 0
