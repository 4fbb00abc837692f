"""`nodes`: print the node catalog as a table or as JSON. Never opens the database."""

from __future__ import annotations

import argparse

from runtime.catalog import get_catalog
from runtime.catalog.export import catalog_as_list
from runtime.cli.common import add_json_flag, print_json
from runtime.i18n import CODES, _, _n, language

LANGS = CODES


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "nodes",
        parents=[parent],
        help=_("list the node types (triggers, actions, waits, decisions)"),
        description=_("List every node type of the catalog. See docs/cli/nodes.md for --json."),
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def default_lang() -> str:
    """The CLI's language (`--lang`, else the environment's); kept for the commands that ask for it."""
    return language()


def run(args: argparse.Namespace) -> int:
    types = list(get_catalog())
    if args.json:
        print_json(catalog_as_list(types))
        return 0
    lang = language()
    rows = [(_("ID"), _("KIND"), _("TITLE"), _("OUTPUTS"), _("FIELDS (* required)"))]
    for t in types:
        outputs = ", ".join(p.name for p in t.output_ports())
        if t.dynamic_outputs is not None:
            outputs += " (+)"
        fields = ", ".join(f.name + ("*" if f.required else "") for f in t.fields)
        rows.append((t.id, str(t.kind), t.title.get(lang), outputs, fields))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + "  " + r[4])
    print("\n" + _n("{n} node type; (+) = outputs follow the config.",
                    "{n} node types; (+) = outputs follow the config.", len(types)))
    return 0
