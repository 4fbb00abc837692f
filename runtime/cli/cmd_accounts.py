"""`accounts` (SMTP accounts) and `templates` (stored email templates).

    accounts smtp add NAME --host H --port P --security none|starttls|ssl --username U --from "Name <addr>"
    accounts list [--json] | accounts test NAME [--json] | accounts remove NAME
    templates list [--json] | show NAME [--json] | export NAME FILE | import FILE

The password is read from stdin when piped (one line), else prompted without echo; it
goes to the OS keyring only and is never printed, logged or written to the database.
See docs/cli/accounts.md.
"""

from __future__ import annotations

import argparse
import getpass
import json
import ssl
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runtime import secrets
from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.email.accounts import (
    DEFAULT_PORTS,
    SECURITY,
    AccountProblem,
    SmtpAccount,
    add_account,
    list_accounts,
    remove_account,
    test_account,
)
from runtime.i18n import _, _n
from runtime.store.types import to_iso

if TYPE_CHECKING:  # the template store needs Jinja2: its commands import it when they run
    from runtime.email import EmailTemplate


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("accounts", parents=[parent], help=_("SMTP accounts that send the flows' email"),
                           description=_('SMTP accounts (passwords in the OS keyring). See docs/cli/accounts.md.'))
    cmds = group.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    smtp = cmds.add_parser("smtp", parents=[parent], help=_('add an SMTP account'))
    smtp_cmds = smtp.add_subparsers(dest="smtp_command", metavar="ACTION", required=True)
    p = smtp_cmds.add_parser("add", parents=[parent], help=_('add or update an SMTP account (password from stdin)'))
    p.add_argument("name")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=None, help=_('default: 587 starttls, 465 ssl, 25 none'))
    p.add_argument("--security", choices=SECURITY, default="starttls")
    p.add_argument("--username", default="", help=_('login name (none = no login; no password asked)'))
    p.add_argument("--from", dest="sender", required=True, metavar="ADDRESS", help=_('"Name <address>" or an address'))
    p.set_defaults(handler=run_add)
    p = cmds.add_parser("list", parents=[parent], help=_('list SMTP accounts (never their passwords)'))
    add_json_flag(p)
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("test", parents=[parent], help=_('connect, log in, NOOP and quit'))
    p.add_argument("name")
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--cafile", default=None, help=_('also trust this CA certificate (a private server)'))
    add_json_flag(p)
    p.set_defaults(handler=run_test)
    p = cmds.add_parser("remove", parents=[parent], help=_('remove an account and its password'))
    p.add_argument("name")
    p.set_defaults(handler=run_remove)
    _register_templates(sub, parent)


def _register_templates(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("templates", parents=[parent], help=_('stored email templates'),
                           description=_('Email templates (subject + HTML body with merge fields).'))
    cmds = group.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    p = cmds.add_parser("list", parents=[parent], help=_('list templates'))
    add_json_flag(p)
    p.set_defaults(handler=run_templates_list)
    p = cmds.add_parser("show", parents=[parent], help=_('print one template'))
    p.add_argument("name", help=_('name or id'))
    add_json_flag(p)
    p.set_defaults(handler=run_templates_show)
    p = cmds.add_parser("export", parents=[parent], help=_('write a template to a JSON file'))
    p.add_argument("name", help=_('name or id'))
    p.add_argument("file")
    p.set_defaults(handler=run_templates_export)
    p = cmds.add_parser("import", parents=[parent], help=_('add or replace (same name) a template from a JSON file'))
    p.add_argument("file")
    p.set_defaults(handler=run_templates_import)


def _read_password(name: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(_("Password of the SMTP account {name!r}: ").format(name=name))
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def _guard(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    # ValueError also catches TemplateProblem (its module needs Jinja2: not imported here)
    except (AccountProblem, secrets.SecretsUnavailable, secrets.SecretMissing, ValueError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None


def run_add(args: argparse.Namespace) -> int:
    port = args.port or DEFAULT_PORTS[args.security]
    account = SmtpAccount(args.name, args.host, port, args.security, args.username, args.sender)
    password = _read_password(args.name) if args.username else None
    if args.username and not password:
        raise CliError(_('no password given for {username!r} (pipe it on stdin, or type it at the prompt)')
                       .format(username=args.username))
    db = open_db(args)
    try:
        saved = _guard(add_account, db, account, password)
    finally:
        db.dispose()
    where = _("; password stored in the keyring") if password else ""
    print(_('SMTP account {name!r} saved ({host}:{port}, {security}){where}')
          .format(name=saved.name, host=saved.host, port=saved.port, security=saved.security, where=where))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        found = [a.public() for a in list_accounts(db)]
    finally:
        db.dispose()
    if args.json:
        print_json(found)
        return 0
    for a in found:
        login = "  " + _("login {username}").format(username=a["username"]) if a["username"] else ""
        print(_('{name:<16} {host}:{port:<6} {security:<9} from {sender}{login}')
              .format(name=a['name'], host=a['host'], port=a['port'], security=a['security'], sender=a['sender'],
                      login=login))
    print("\n" + _n("{n} account", "{n} accounts", len(found)))
    return 0


def run_test(args: argparse.Namespace) -> int:
    context = ssl.create_default_context(cafile=args.cafile) if args.cafile else None
    db = open_db(args)
    try:
        result = test_account(db, args.name, timeout=args.timeout, ssl_context=context)
    finally:
        db.dispose()
    if args.json:
        print_json({"name": args.name, "ok": result.ok, "message": result.message})
    elif result.ok:
        print(_('account {name!r} works: {message}').format(name=args.name, message=result.message))
    if not result.ok:
        if not args.json:
            print(_('caudal: account {name!r} does not work: {message}').format(name=args.name, message=result.message),
                  file=sys.stderr)
        return 1
    return 0


def run_remove(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        gone = _guard(remove_account, db, args.name)
    finally:
        db.dispose()
    if not gone:
        raise CliError(_('there is no SMTP account named {name!r}').format(name=args.name))
    print(_('SMTP account {name!r} and its password removed').format(name=args.name))
    return 0


def _template_dict(t: EmailTemplate) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "subject": t.subject, "body_html": t.body_html,
            "updated_at": to_iso(t.updated_at)}


def _one(args: argparse.Namespace) -> EmailTemplate:
    from runtime.email import get_template

    db = open_db(args)
    try:
        found = get_template(db, args.name)
    finally:
        db.dispose()
    if found is None:
        raise CliError(_('there is no email template {name!r}').format(name=args.name))
    return found


def run_templates_list(args: argparse.Namespace) -> int:
    from runtime.email import list_templates

    db = open_db(args)
    try:
        found = [_template_dict(t) for t in list_templates(db)]
    finally:
        db.dispose()
    if args.json:
        print_json(found)
        return 0
    for t in found:
        print(f"{t['name']:<30} {t['subject']}")
    print("\n" + _n("{n} template", "{n} templates", len(found)))
    return 0


def run_templates_show(args: argparse.Namespace) -> int:
    t = _template_dict(_one(args))
    if args.json:
        print_json(t)
    else:
        print(f"{t['name']} ({t['id']}, {t['updated_at']})")
        print(_("Subject: {subject}").format(subject=t["subject"]) + f"\n\n{t['body_html']}")
    return 0


def run_templates_export(args: argparse.Namespace) -> int:
    t = _one(args)
    data = {"name": t.name, "subject": t.subject, "body_html": t.body_html}
    _guard(Path(args.file).write_text, json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(_('template {name!r} written to {file}').format(name=t.name, file=args.file))
    return 0


def run_templates_import(args: argparse.Namespace) -> int:
    from runtime.email import EmailTemplate, get_template, save_template

    text = _guard(Path(args.file).read_text, encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CliError(_("{file}: line {line}: not JSON ({reason})")
                       .format(file=args.file, line=getattr(exc, "lineno", "?"), reason=exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise CliError(_('{file}: expected an object with name, subject and body_html').format(file=args.file))
    for key in ("subject", "body_html"):
        if not isinstance(data.get(key, ""), str):
            raise CliError(_('{file}: {key!r} must be a text').format(file=args.file, key=key))
    db = open_db(args)
    try:
        existing = get_template(db, data["name"])
        saved = _guard(save_template, db, EmailTemplate(existing.id if existing else "", data["name"],
                                                        data.get("subject", ""), data.get("body_html", "")))
    finally:
        db.dispose()
    done = _("template {name!r} replaced ({id})") if existing else _("template {name!r} imported ({id})")
    print(done.format(name=saved.name, id=saved.id))
    return 0
