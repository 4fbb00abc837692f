"""`history`: enrollments and their steps (filters, paging, --json); `history show|stats|compact`;
`history not-started|why` (contacts a trigger matched that did not start, and why);
operator actions `history retry|resolve|skip-wait|move|cancel|reenroll ENROLLMENT...`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from typing import Any
from zoneinfo import ZoneInfo

from runtime.cli.common import CliError, add_json_flag, day, open_db, print_json, when
from runtime.history import (
    ENROLLMENT_STATUSES,
    HistoryError,
    compact,
    count_enrollments,
    daily_stats,
    get_keep_days,
    journey,
    list_enrollments,
    resolve_flow_id,
)
from runtime.i18n import N_, _, _n, language, tr, translate_rendered
from runtime.i18n.formats import format_number
from runtime.store.types import from_iso, to_iso

ACTIONS = (
    ("retry", N_("run the failed step of enrollments again")),
    ("resolve", N_("decide an uncertain step: --send-again (same idempotency key) or --mark-done")),
    ("skip-wait", N_("a waiting contact continues now")),
    ("move", N_("put contacts at another node of their flow version (--node)")),
    ("cancel", N_("cancel enrollments (their contacts leave the flow)")),
    ("reenroll", N_("enroll the contacts of ended journeys again, whatever the re-enrollment policy")),
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("history", parents=[parent], help=_('what each contact did in each flow'),
                       description=_('Enrollments, newest first, with every step. See docs/cli/runtime.md.'))
    p.add_argument("--flow", metavar="ID", help=_('only this flow (id or exact name)'))
    p.add_argument("--contact", metavar="EMAIL", help=_('only this contact (email, or CRM id)'))
    p.add_argument("--status", choices=ENROLLMENT_STATUSES, help=_('only enrollments in this status'))
    p.add_argument("--since", metavar="WHEN",
                   help=_('only journeys started at or after WHEN (2026-11-01 or 2026-11-01T09:30, in --tz)'))
    p.add_argument("--until", metavar="WHEN",
                   help=_('only journeys started before WHEN; a date alone includes that day'))
    p.add_argument("--tz", default="UTC", help=_('time zone of --since/--until (default UTC), e.g. Europe/Madrid'))
    p.add_argument("--limit", type=int, default=50, help=_('at most this many enrollments (default 50)'))
    p.add_argument("--offset", type=int, default=0, help=_('skip this many (paging)'))
    add_json_flag(p)
    p.set_defaults(handler=show_list)
    sub2 = p.add_subparsers(dest="history_command", metavar="ACTION")
    for name, helptext in ACTIONS:
        a = sub2.add_parser(name, parents=[parent], help=_(helptext), description=_(helptext))
        a.add_argument("enrollments", type=int, nargs="+", metavar="ENROLLMENT", help=_('enrollment ids'))
        a.add_argument("--actor", default="operator", help=_('who acts, recorded in the history (default operator)'))
        add_json_flag(a)
        if name == "resolve":
            how = a.add_mutually_exclusive_group(required=True)
            how.add_argument("--send-again", dest="how", action="store_const", const="send_again")
            how.add_argument("--mark-done", dest="how", action="store_const", const="mark_done")
        if name == "move":
            a.add_argument("--node", required=True, metavar="NODE_ID", help=_('the node to move to'))
        a.set_defaults(handler=operate, operation=name)
    s = sub2.add_parser("show", parents=[parent], help=_("one enrollment's journey, step by step, with reasons"))
    s.add_argument("enrollment", type=int, metavar="ENROLLMENT")
    add_json_flag(s)
    s.set_defaults(handler=show_journey)
    st = sub2.add_parser("stats", parents=[parent], help=_('enrollments started, completed and failed per day'))
    st.add_argument("--flow", metavar="ID", help=_('only this flow (id or exact name)'))
    st.add_argument("--days", type=int, default=30, help=_('how many days back, today included (default 30)'))
    st.add_argument("--tz", default="UTC", help=_('time zone of the days (default UTC), e.g. Europe/Madrid'))
    add_json_flag(st)
    st.set_defaults(handler=show_stats)
    n = sub2.add_parser("not-started", parents=[parent],
                        help=_('contacts a trigger matched that did not start (filter not met, re-enrollment)'))
    n.add_argument("--flow", metavar="ID", help=_('only this flow (id or exact name)'))
    n.add_argument("--contact", metavar="EMAIL", help=_('only this contact (email, or CRM id)'))
    n.add_argument("--since", metavar="WHEN", help=_('refused at or after WHEN (as in `history --since`)'))
    n.add_argument("--until", metavar="WHEN", help=_('refused before WHEN'))
    n.add_argument("--tz", default="UTC", help=_('time zone of --since/--until (default UTC)'))
    n.add_argument("--by-flow", action="store_true", help=_('only the count per flow'))
    n.add_argument("--limit", type=int, default=50)
    n.add_argument("--offset", type=int, default=0)
    add_json_flag(n)
    n.set_defaults(handler=show_not_started)
    w = sub2.add_parser("why", parents=[parent], help=_('did this contact start this flow, and if not, why'))
    w.add_argument("--flow", metavar="ID", required=True, help=_('the flow (id or exact name)'))
    w.add_argument("--contact", metavar="EMAIL", required=True, help=_('the contact (email, or CRM id)'))
    add_json_flag(w)
    w.set_defaults(handler=show_why)
    c = sub2.add_parser("compact", parents=[parent], help=_('delete step detail older than N days, shrink the file'))
    c.add_argument("--keep-days", type=int, default=None, metavar="N",
                   help=_('keep N days of steps (default: the history.keep_days setting)'))
    add_json_flag(c)
    c.set_defaults(handler=run_compact)


def show_list(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise CliError(_('--limit and --offset must be 0 or more'))
    since, until = time_span(args)
    db = open_db(args)
    try:
        with db.begin() as conn:
            items = list_enrollments(conn, args.flow, args.contact, args.status, args.limit, args.offset,
                                     since=since, until=until)
            total = count_enrollments(conn, args.flow, args.contact, args.status, since, until)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json(items)
        return 0
    if not items:
        print(_('no enrollments'))
        return 0
    for item in items:
        print(format_enrollment(item))
    shown = f"{args.offset + 1}-{args.offset + len(items)}"
    print(_('({shown} of {total}; newest first)').format(shown=shown, total=total))
    return 0


def parse_when(text: str | None, tz: str, option: str, end_of_day: bool = False) -> float | None:
    """"2026-11-01" or "2026-11-01T09:30[:00][+01:00|Z]" -> epoch seconds in `tz` (None stays None).

    With `end_of_day`, a date alone means the end of that day (the next midnight).
    """
    if text is None:
        return None
    try:
        zone = ZoneInfo(tz)
    except Exception:
        raise CliError(_('--tz: unknown time zone {tz!r} (e.g. Europe/Madrid)').format(tz=tz)) from None
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            moment = dt.datetime.combine(day + dt.timedelta(days=1 if end_of_day else 0), dt.time(), zone)
        else:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone)
    except ValueError:
        raise CliError(_('{option}: {text!r} is not a date (2026-11-01) or a date and time (2026-11-01T09:30)')
                       .format(option=option, text=text)) from None
    return moment.timestamp()


def time_span(args: argparse.Namespace) -> tuple[float | None, float | None]:
    """(since, until) from --since/--until/--tz; refuses an empty span."""
    since = parse_when(args.since, args.tz, "--since")
    until = parse_when(args.until, args.tz, "--until", end_of_day=True)
    if since is not None and until is not None and until <= since:
        raise CliError(_('--until must be later than --since'))
    return since, until


def status_word(status: str) -> str:
    """An enrollment status in the CLI's language ("waiting" -> "en espera")."""
    return tr(language(), status, context="status")


def progress(started: float, updated: float, actions: int) -> str:
    """ "started …, updated …, 3 actions done" in the CLI's language."""
    return _n("started {started}, updated {updated}, {n} action done",
              "started {started}, updated {updated}, {n} actions done", actions,
              started=when(started), updated=when(updated))


def _detail(detail: Any) -> str:
    if detail in (None, {}, []):
        return ""
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 160 else text[:157] + "..."


def format_enrollment(e: dict[str, Any]) -> str:
    """One human block: a header line, then one line per step."""
    where = " " + _("at «{node}»").format(node=e["current_node"]["title"]) if e["current_node"] else ""
    due = ", " + _("next at {when}").format(when=when(from_iso(e["next_due_at"]))) if e["next_due_at"] else ""
    lines = [f"#{e['id']} {e['flow']['name']} v{e['flow_version']} · {e['contact']['email'] or e['contact']['id']}"
             f" · {status_word(e['status'])}{where}{due}",
             "  " + progress(from_iso(e["started_at"]), from_iso(e["updated_at"]), e.get("actions_done", 0))]
    for s in e["steps"]:
        lines.append(f"  {when(from_iso(s['started_at']))}  {s['status']:<9} {s['title']} ({s['node_type']})")
        if s["detail"] not in (None, {}, []):
            lines.append(f"      {_detail(s['detail'])}")
        if s["error"]:
            lines.append("      " + _("error: {error}").format(error=translate_rendered(language(), s["error"])))
    return "\n".join(lines) + "\n"


def operate(args: argparse.Namespace) -> int:
    from runtime.history import actions as history_actions

    db = open_db(args)
    try:
        fn = getattr(history_actions, args.operation.replace("-", "_"))
        extra = {"how": args.how} if args.operation == "resolve" else {}
        if args.operation == "move":
            extra = {"node_id": args.node}
        results = fn(db, args.enrollments, actor=args.actor, **extra)
    finally:
        db.dispose()
    if args.json:
        print_json([asdict(r) for r in results])
    else:
        for r in results:
            if r.ok:
                print(_("enrollment {id}: {message}").format(id=r.enrollment_id,
                                                             message=translate_rendered(language(), r.message)))
    refused = [r for r in results if not r.ok]
    if refused:
        raise CliError("\n".join(translate_rendered(language(), r.message) for r in refused))
    return 0


def _journey_json(j: Any) -> dict[str, Any]:
    out = asdict(j)
    for key in ("started_at", "updated_at", "finished_at", "next_due_at"):
        out[key] = to_iso(out[key])
    for e in out["entries"]:
        for key in ("started_at", "finished_at", "until"):
            e[key] = to_iso(e[key])
    return out


def show_journey(args: argparse.Namespace) -> int:
    lang = language()
    db = open_db(args)
    try:
        with db.begin() as conn:
            j = journey(conn, args.enrollment, lang=lang)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json(_journey_json(j))
        return 0
    who = f"{j.contact_name} <{j.contact_email}>" if j.contact_name else (j.contact_email or j.contact_id)
    where = " " + _("at «{node}»").format(node=j.current_node_title) if j.current_node_id else ""
    due = ", " + _("next at {when}").format(when=when(j.next_due_at)) if j.next_due_at else ""
    print(f"#{j.id} {j.flow_name} v{j.version} · {who} · {status_word(j.status)}{where}{due}")
    print("  " + progress(j.started_at, j.updated_at, j.actions_done))
    if j.compacted:
        print("  " + _n("({n} older step was compacted)", "({n} older steps were compacted)", j.compacted))
    for e in j.entries:
        print(f"  {when(e.started_at)}  {e.state:<15} {e.title or e.node_type}: {e.reason}")
        if e.error and (e.error_text or e.error) not in e.reason:
            print("      " + _("error: {error}").format(error=e.error_text or e.error))
    return 0


def show_stats(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.begin() as conn:
            flow_id = resolve_flow_id(conn, args.flow) if args.flow else None
            days = daily_stats(conn, flow_id, days=args.days, tz=args.tz)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json([{"day": d.day.isoformat(), "started": d.started, "completed": d.completed, "failed": d.failed}
                    for d in days])
        return 0
    head = (_("DAY"), _("STARTED"), _("COMPLETED"), _("FAILED"))
    rows = [(day(d.day), d.started, d.completed, d.failed) for d in days]
    rows.append((_("total"), sum(d.started for d in days), sum(d.completed for d in days),
                 sum(d.failed for d in days)))
    width = max(len(str(r[0])) for r in [head, *rows])
    widths = [width, *(len(h) for h in head[1:])]
    for r in [head, *rows]:
        print("  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w)
                        for i, (v, w) in enumerate(zip(r, widths, strict=True))))
    return 0


def run_compact(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        keep = args.keep_days
        if keep is None:
            with db.begin() as conn:
                keep = get_keep_days(conn)
            if keep < 1:
                raise CliError(_('give --keep-days N (the history.keep_days setting is 0: keep everything)'))
        try:
            result = compact(db, keep)
        except HistoryError as exc:
            raise CliError(_("--keep-days: {exc}").format(exc=translate_rendered(language(), str(exc)))) from None
    finally:
        db.dispose()
    if args.json:
        print_json({"keep_days": keep, **asdict(result)})
        return 0
    print(_("deleted {steps} steps older than {keep} days; database {before} MB -> {after} MB").format(
        steps=result.steps_deleted, keep=keep, before=format_number(round(result.bytes_before / 1e6, 1), language()),
        after=format_number(round(result.bytes_after / 1e6, 1), language())))
    return 0


def show_not_started(args: argparse.Namespace) -> int:
    from runtime.history import not_started

    lang = language()
    if args.limit < 0 or args.offset < 0:
        raise CliError(_('--limit and --offset must be 0 or more'))
    since, until = time_span(args)
    db = open_db(args)
    try:
        with db.begin() as conn:
            if args.by_flow:
                found: Any = not_started.counts(conn, args.flow)
            else:
                found = not_started.list_not_started(conn, args.flow, args.contact, since, until, args.limit,
                                                     args.offset, lang)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.by_flow:
        if args.json:
            print_json([asdict(c) for c in found])
            return 0
        for c in found:
            print(f"{c.flow_name}: " + _n("{n} contact not started", "{n} contacts not started", c.contacts)
                  + f" ({not_started.times_text(c.times, lang)})")
        if not found:
            print(_("No contacts not started."))
        return 0
    if args.json:
        print_json(found)
        return 0
    if not found:
        print(_("No contacts not started."))
    for r in found:
        label = _("not started: {kind}").format(kind=r["kind"])
        print(f"{when(from_iso(r['at']))}  {r['flow']['name']} · {r['contact']['email'] or r['contact']['id']}"
              f" · {label}"
              f" · «{r['trigger']['title']}» ×{r['times']}")
        print(f"      {r['reason']}")
    return 0


def show_why(args: argparse.Namespace) -> int:
    from runtime.history import not_started

    lang = language()
    db = open_db(args)
    try:
        with db.begin() as conn:
            answer = not_started.why(conn, args.flow, args.contact, lang)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if args.json:
        print_json(answer)
    else:
        print(answer["text"])
    return 0
