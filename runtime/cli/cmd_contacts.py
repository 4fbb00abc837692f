"""`contacts`: import a CSV, add, update, tag, untag, show, list and delete contacts of the local CRM.

Also holds the small helpers the `deals` and `users` commands share (KEY=VALUE parsing,
CRM errors turned into CLI errors, the JSON shape of a contact).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.crm.base import CrmError
from runtime.crm.local import LocalCrm
from runtime.crm.local.search import SORTABLE
from runtime.dates import date_problem
from runtime.i18n import _, _n, language, translate_rendered
from runtime.store.types import to_iso

ORIGIN = "cli"


@contextmanager
def local_crm(args: argparse.Namespace) -> Iterator[LocalCrm]:
    """The local CRM of --db; CRM errors become CLI errors (stderr, exit 1)."""
    db = open_db(args)
    try:
        yield LocalCrm(db)
    except CrmError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()


def key_values(items: list[str] | None, option: str) -> dict[str, str]:
    """["city=Madrid", ...] -> {"city": "Madrid"}; a malformed item names the option."""
    out: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise CliError(_('{option} expects KEY=VALUE, got {item!r}').format(option=option, item=item))
        out[key.strip()] = value
    return out


def warn_dates(values: dict[str, str]) -> None:
    """A warning on stderr for each value written as a date that date triggers and waits cannot read."""
    for key, value in values.items():
        problem = date_problem(value, language())
        if problem:
            print(_('warning: {key}: {problem}; date triggers and waits will not read it')
                  .format(key=key, problem=problem), file=sys.stderr)


def contact_json(c: dict[str, Any]) -> dict[str, Any]:
    return {**c, "created_at": to_iso(c["created_at"]), "updated_at": to_iso(c["updated_at"])}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("contacts", parents=[parent], help=_('contacts of the local CRM'),
                           description=_('Contacts of the local CRM. See docs/cli/contacts.md.'))
    cmds = group.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        p = cmds.add_parser(name, parents=[parent], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("import", "import contacts from a CSV file (UTF-8, UTF-16 or Windows-1252; ',', ';' or tab)",
            run_import)
    p.add_argument("csv", metavar="CSV")
    p.add_argument("--skip-bad-rows", action="store_true", help=_('import the good rows, report the bad ones'))
    p.add_argument("--map", action="append", metavar="HEADER=FIELD", help=_("map a column (FIELD '-' drops it)"))
    add_json_flag(p)
    p = add("add", "add a contact", run_add)
    p.add_argument("--email", required=True)
    p.add_argument("--first-name", default="")
    p.add_argument("--last-name", default="")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", help=_('a standard or custom field'))
    p.add_argument("--tag", action="append", metavar="TAG")
    p = add("update", "change fields of a contact", run_update)
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--field", action="append", metavar="KEY=VALUE", required=True)
    for name, fn in (("tag", run_tag), ("untag", run_untag)):
        p = add(name, f"{name} a contact", fn)
        p.add_argument("email", metavar="EMAIL")
        p.add_argument("tag", metavar="TAG")
    p = add("show", "one contact with its tags and deals", run_show)
    p.add_argument("email", metavar="EMAIL")
    add_json_flag(p)
    p = add("delete", "delete a contact; its journeys in flight are cancelled (and listed)", run_delete)
    p.add_argument("email", metavar="EMAIL", help=_("the contact's email (or CRM id)"))
    add_json_flag(p)
    p = add("list", "list contacts (paged, searchable)", run_list)
    p.add_argument("--search", default="", metavar="TEXT", help=_('words in name, email or company'))
    p.add_argument("--tag", default=None)
    p.add_argument("--sort", default="id", choices=sorted(SORTABLE))
    p.add_argument("--desc", action="store_true", help=_('sort descending'))
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    add_json_flag(p)


def run_import(args: argparse.Namespace) -> int:
    mapping = key_values(args.map, "--map")
    with local_crm(args) as crm:
        report = crm.import_csv(args.csv, mapping=mapping, skip_bad_rows=args.skip_bad_rows, origin=ORIGIN)
    for line, reason in report.warnings:
        print(_("warning: line {line}: {reason}").format(line=line, reason=translate_rendered(language(), reason)),
              file=sys.stderr)
    if not report.applied:
        for line, reason in report.errors:
            print(_('line {line}: {reason}').format(line=line, reason=reason), file=sys.stderr)
        raise CliError(_('{csv}: {errors} bad rows; nothing was imported '
                         '(fix them, or use --skip-bad-rows to import the others)')
                       .format(csv=args.csv, errors=len(report.errors)))
    if args.json:
        print_json(report.as_dict())
        return 0
    for line, reason in report.errors:
        print(_('line {line}: {reason} (skipped)').format(line=line, reason=reason))
    print(_('{total} rows: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped')
          .format(total=report.total, created=report.created, updated=report.updated, unchanged=report.unchanged,
                  skipped=report.skipped))
    return 0


def run_add(args: argparse.Namespace) -> int:
    values = {"email": args.email, "first_name": args.first_name, "last_name": args.last_name,
              **key_values(args.field, "--field")}
    with local_crm(args) as crm:
        cid = crm.create_contact(values, ORIGIN, tuple(args.tag or ()))
        contact = crm.get_contact(cid)
        assert contact is not None  # created just above, in this process
        email = contact["email"]
    print(_("contact {cid} created ({email})").format(cid=cid, email=email))
    warn_dates(values)
    return 0


def run_update(args: argparse.Namespace) -> int:
    values = key_values(args.field, "--field")
    with local_crm(args) as crm:
        changes = crm.update_contact(args.email, values, ORIGIN)
    print_changes(changes)
    warn_dates(values)
    return 0


def print_changes(changes: dict[str, list[Any]]) -> None:
    """One line per real change (`city: 'Madrid' -> 'Cádiz'`), or `nothing changed`."""
    if not changes:
        print(_('nothing changed'))
    for key, (old, new) in changes.items():
        print(f"{key}: {old!r} -> {new!r}")


def run_tag(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        done = crm.add_tag(args.email, args.tag, ORIGIN)
    print((_("tagged {tag!r}") if done else _("already tagged {tag!r}")).format(tag=args.tag))
    return 0


def run_untag(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        done = crm.remove_tag(args.email, args.tag, ORIGIN)
    print((_("untagged {tag!r}") if done else _("did not have tag {tag!r}")).format(tag=args.tag))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        contact = crm.get_contact(args.email)
        if contact is None:
            raise CliError(_('no contact with email {email}').format(email=args.email.strip().lower()))
        deal_list = crm.list_deals(contact=contact["id"])
    if args.json:
        print_json({**contact_json(contact), "deals": [{"id": d["id"], "title": d["title"], "pipeline": d["pipeline"],
                                                        "stage": d["stage"],
                                                        "amount": d["amount"]} for d in deal_list]})
        return 0
    for key in ("id", "email", "first_name", "last_name", "phone", "company", "owner_id", "lifecycle_stage", "source"):
        print(f"{key}: {contact[key] if contact[key] is not None else ''}")
    print(f"tags: {', '.join(contact['tags'])}")
    for key, value in sorted(contact["custom"].items()):
        print(f"{key}: {value}")
    for d in deal_list:
        print(_('deal {id}: {title} [{pipeline} / {stage}]')
              .format(id=d['id'], title=d['title'], pipeline=d['pipeline'], stage=d['stage']))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with local_crm(args) as crm:
        page = crm.search(args.search, tag=args.tag, sort=args.sort, descending=args.desc,
                          limit=args.limit, offset=args.offset)
    if args.json:
        print_json({"total": page.total, "limit": args.limit, "offset": args.offset,
                    "contacts": [contact_json(c) for c in page.rows]})
        return 0
    rows = [(_("ID"), _("EMAIL"), _("NAME"), _("COMPANY"), _("TAGS"))]
    for c in page.rows:
        name = f"{c['first_name']} {c['last_name']}".strip()
        rows.append((c["id"], c["email"] or "", name, c["company"] or "", ", ".join(c["tags"])))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths, strict=True)) + "  " + r[4])
    print("\n" + _n("{shown} of {n} contact", "{shown} of {n} contacts", page.total, shown=len(page.rows)))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from runtime.history.contact_removal import delete_contact

    db = open_db(args)
    try:
        with db.begin(immediate=True) as conn:
            gone = delete_contact(conn, args.email, ORIGIN, actor="cli")
    except CrmError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json({"id": gone.contact_id, "email": gone.email,
                    "cancelled": [{"enrollment_id": e, "flow": name} for e, name in gone.cancelled]})
        return 0
    who = gone.email or gone.contact_id
    if not gone.cancelled:
        print(_("contact {who} deleted").format(who=who))
        return 0
    print(_n("contact {who} deleted; {n} journey in flight cancelled:",
             "contact {who} deleted; {n} journeys in flight cancelled:", len(gone.cancelled), who=who))
    for enrollment_id, flow in gone.cancelled:
        print(f"  #{enrollment_id} «{flow}»")
    return 0
