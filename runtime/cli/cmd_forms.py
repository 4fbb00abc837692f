"""`forms url FLOW [--rotate]`: the address a web form (or another app) posts to, to start a flow.

The token in the address is created on first use and kept only in the OS keyring; `--rotate`
replaces it (the old address stops working). See docs/cli/forms.md.
"""

from __future__ import annotations

import argparse
import sys

from runtime.appsettings import get_setting
from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.flows import repository
from runtime.i18n import _
from runtime.inbound import form_url, rotate_token, token_for
from runtime.secrets import SecretsUnavailable


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("forms", parents=[parent], help=_('web form addresses that start flows'),
                           description=_('Web forms and incoming webhooks. See docs/cli/forms.md.'))
    cmds = group.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    p = cmds.add_parser("url", parents=[parent], help=_("the address to post a flow's form to (creates its token)"))
    p.add_argument("flow", metavar="FLOW", help=_('flow id or exact name'))
    p.add_argument("--rotate", action="store_true", help=_('make a new token; the old address stops working'))
    add_json_flag(p)
    p.set_defaults(handler=run_url)


def run_url(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.begin() as conn:
            info = repository.find(conn, args.flow)
            if info is None:
                raise CliError(_('no flow with id or name {flow!r}').format(flow=args.flow))
            flow = repository.get(conn, info.id)
            host = get_setting(conn, "inbound.host").value
            port = get_setting(conn, "inbound.port").value
    finally:
        db.dispose()
    if not any(n.type == "trigger.form_submitted" for n in flow.nodes):
        raise CliError(_('flow «{name}» has no web form trigger (trigger.form_submitted): add one first')
                       .format(name=info.name))
    try:
        token = rotate_token(info.id) if args.rotate else token_for(info.id)
    except SecretsUnavailable as exc:
        raise CliError(str(exc)) from None
    url = form_url(str(host), int(port), info.id, str(token))
    if args.json:
        print_json({"flow": {"id": info.id, "name": info.name}, "url": url, "active": info.is_active})
        return 0
    print(url)
    if not info.is_active:
        print("caudal: " + _("the flow is stopped: activate it to receive submissions"), file=sys.stderr)
    return 0
