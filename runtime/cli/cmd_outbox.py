"""`outbox list`: the emails the flows delivered to the local outbox (no SMTP account)."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from runtime.cli.common import add_json_flag, open_db, print_json, when
from runtime.i18n import _
from runtime.store.schema_runtime import outbox
from runtime.store.types import from_iso, to_iso


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("outbox", parents=[parent], help=_('the local outbox'),
                           description=_('Emails delivered to the local outbox. See docs/cli/runtime.md.'))
    cmds = group.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = cmds.add_parser("list", parents=[parent], help=_('list the outbox, newest first'))
    p.add_argument("--limit", type=int, default=100, help=_('at most this many (default 100)'))
    p.add_argument("--to", metavar="EMAIL", help=_('only messages to this address'))
    add_json_flag(p)
    p.set_defaults(handler=list_outbox)


def message_json(r: Any) -> dict[str, Any]:
    return {"id": r.id, "key": r.idempotency_key, "account": r.account or None, "from": r.sender or None,
            "to": r.recipient, "cc": r.cc, "bcc": r.bcc, "subject": r.subject, "body_text": r.body_text,
            "body_html": r.body_html,
            "created_at": to_iso(r.created_at)}


def list_outbox(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        q = select(outbox).order_by(outbox.c.id.desc()).limit(max(0, args.limit))
        if args.to:
            q = q.where(outbox.c.recipient == args.to.strip().lower())
        with db.begin() as conn:
            rows = [message_json(r) for r in conn.execute(q)]
    finally:
        db.dispose()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(_('the outbox is empty'))
    for m in rows:
        copies = " " + _("cc {cc}").format(cc=m["cc"]) if m["cc"] else ""
        print(f"#{m['id']}  {when(from_iso(m['created_at']))}  " + _("to {to}").format(to=m["to"]) + copies
              + f"  «{m['subject']}»")
    return 0
