"""`enroll FLOW --contact EMAIL`: fire a flow's manual trigger for contacts.

The enrollment is stored at once; its steps run under `run` (or `run --until-idle`).
"""

from __future__ import annotations

import argparse
from typing import Any

from runtime.cli.common import CliError, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("enroll", parents=[parent], help="start an active flow for contacts (manual trigger)",
                       description="Fire the manual trigger of an active flow for each contact. "
                                   "See docs/cli/runtime.md.")
    p.add_argument("flow", metavar="FLOW", help="flow id or exact name")
    p.add_argument("--contact", metavar="EMAIL", action="append", required=True,
                   help="the contact's email (repeat for several)")
    p.set_defaults(handler=enroll)


def _connector(engine: Any, db: Any, crm: str) -> Any:
    connectors = getattr(engine, "connectors", None)
    if callable(connectors):
        return connectors(crm)
    from runtime.crm.local import LocalCrm

    return LocalCrm(db)


def enroll(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from runtime.crm.connections import ConnectorResolver
    from runtime.engine import Engine
    from runtime.engine.triggers import parse_version
    from runtime.flows import repository
    from runtime.store.schema_flows import flow_versions

    db = open_db(args)
    refused = 0
    connectors = ConnectorResolver(db)  # a flow on a HubSpot/Bitrix24 connection finds it
    try:
        engine = Engine(db, connectors=connectors)
        with db.begin(immediate=True) as conn:
            info = repository.find(conn, args.flow)
            if info is None:
                raise CliError(f"no flow with id or name {args.flow!r}")
            if not info.is_active or info.active_version_id is None:
                raise CliError(f"flow «{info.name}» is not active; activate it first (flows activate)")
            row = conn.execute(select(flow_versions).where(flow_versions.c.id == info.active_version_id)).one()
            version = parse_version(info.id, info.name, row.id, row.created_at, row.document)
            manual = version.of_type("trigger.manual")
            if not manual:
                raise CliError(f"flow «{info.name}» has no manual trigger (trigger.manual) to fire")
            ops = _connector(engine, db, version.crm).bind(conn)
            results = []
            for email in args.contact:
                contact = ops.find_contact(email.strip())
                if contact is None:
                    raise CliError(f"no contact with email {email.strip().lower()}: nobody was enrolled")
                results.append((email, engine.enroll(conn, row.id, str(contact["id"]),
                                                     trigger_node=manual[0].id, origin="cli")))
    finally:
        connectors.close()
        db.dispose()
    for email, enrollment_id in results:
        if enrollment_id is None:
            refused += 1
            print(f"{email}: not enrolled (the flow's re-enrollment policy refuses a new journey)")
        else:
            print(f"{email}: enrollment {enrollment_id} in «{info.name}» v{row.version}")
    return 1 if refused == len(results) else 0
