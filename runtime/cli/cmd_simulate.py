"""`simulate FLOW_FILE (--contacts CSV | --all-contacts) [--days N] [--json]`: a dry run."""

from __future__ import annotations

import argparse

from runtime.cli.common import CliError, add_json_flag


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("simulate", parents=[parent], help="dry-run a flow file over contacts",
                       description="Dry run of a flow on a scratch copy of the data. See docs/cli/runtime.md.")
    p.add_argument("flow_file", metavar="FLOW_FILE", help="a *.caudal.json file")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--contacts", metavar="CSV", help="simulate these contacts (a CSV like contacts import)")
    who.add_argument("--all-contacts", action="store_true", help="simulate every contact of the local CRM")
    p.add_argument("--days", type=int, default=30, help="how many days to simulate (default 30)")
    add_json_flag(p)
    p.set_defaults(handler=simulate)


def simulate(args: argparse.Namespace) -> int:
    raise CliError("simulate is not available yet")
