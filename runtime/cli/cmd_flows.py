"""`flows`: import, export, list, show, validate, activate, deactivate, rename, duplicate and delete flows.

Wherever a flow ID is taken, the flow's exact name works too. Human output follows
`--lang` or the locale; `--json` shapes are in docs/cli/flows.md.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from runtime.catalog import get_catalog, summarize
from runtime.cli.cmd_nodes import default_lang
from runtime.cli.common import CliError, add_json_flag, open_db, print_json, when
from runtime.flows import repository as repo
from runtime.flows.errors import FlowFileError
from runtime.flows.fileformat import dump, loads, read_text, to_document
from runtime.flows.model import Flow
from runtime.flows.problems import Problem
from runtime.flows.validate import node_label, validate
from runtime.i18n import CODES, Text, _, _n, language, tr
from runtime.inbound.tokens import forget_token


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    flows = sub.add_parser("flows", parents=[parent], help=_("import, export, list, validate flows"),
                           description=_("Manage flows. See docs/cli/flows.md."))
    cmds = flows.add_subparsers(dest="flows_command", metavar="SUBCOMMAND")
    flows.set_defaults(handler=lambda _args: flows.print_help() or 2)

    p = cmds.add_parser("import", parents=[parent], help=_("import a *.caudal.json file; prints the new id"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_import)

    p = cmds.add_parser("export", parents=[parent], help=_("write a flow to a *.caudal.json file"))
    p.add_argument("flow", metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_export)

    p = cmds.add_parser("list", parents=[parent], help=_("list the flows"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--active", dest="state", action="store_const", const=True, help=_("only active flows"))
    which.add_argument("--inactive", dest="state", action="store_const", const=False,
                       help=_("only stopped flows"))
    add_json_flag(p)
    p.set_defaults(handler=run_list, state=None)

    p = cmds.add_parser("show", parents=[parent], help=_("show one flow: nodes, versions, problems"))
    p.add_argument("flow", metavar="ID")
    add_json_flag(p)
    p.set_defaults(handler=run_show)

    p = cmds.add_parser("validate", parents=[parent],
                        help=_("check a flow file; exit 1 and list the problems when invalid"))
    p.add_argument("file", metavar="FILE")
    add_json_flag(p)
    p.set_defaults(handler=run_validate)

    p = cmds.add_parser("activate", parents=[parent], help=_("validate, freeze a version and switch on"))
    p.add_argument("flow", metavar="ID")
    p.set_defaults(handler=run_activate)

    p = cmds.add_parser("deactivate", parents=[parent], help=_("stop new enrollments into a flow"))
    p.add_argument("flow", metavar="ID")
    p.add_argument("--cancel-running", action="store_true",
                   help=_("also cancel the contacts in flight (default: they finish)"))
    p.set_defaults(handler=run_deactivate)

    p = cmds.add_parser("rename", parents=[parent], help=_('give a flow another name'))
    p.add_argument("flow", metavar="ID")
    p.add_argument("name", metavar="NEW_NAME")
    p.set_defaults(handler=run_rename)

    p = cmds.add_parser("duplicate", parents=[parent], help=_('copy a flow (stopped, new id); prints the new id'))
    p.add_argument("flow", metavar="ID")
    p.add_argument("--name", metavar="NAME", help=_("the copy's name (default: the same, made unique)"))
    p.set_defaults(handler=run_duplicate)

    p = cmds.add_parser("delete", parents=[parent],
                        help=_('delete a stopped flow with its versions and history'))
    p.add_argument("flow", metavar="ID")
    p.set_defaults(handler=run_delete)


def _file_error(exc: FlowFileError, lang: str) -> CliError:
    return CliError(exc.text(lang))


def _repo_error(exc: repo.RepositoryError, lang: str) -> CliError:
    return CliError(exc.message.get(lang))


def run_import(args: argparse.Namespace) -> int:
    lang = default_lang()
    try:
        flow = _load(args.file)
    except FlowFileError as exc:
        raise _file_error(exc, lang) from None
    db = open_db(args)
    try:
        with db.begin() as conn:
            result = repo.import_flow(conn, flow)
    finally:
        db.dispose()
    if result.id_changed:
        print("caudal: " + _("id {id} was taken: the imported flow has a new one").format(id=result.original_id),
              file=sys.stderr)
    if result.name_changed:
        print("caudal: " + _("the name «{name}» was taken: imported as «{new_name}»").format(
            name=result.original_name, new_name=result.flow.name), file=sys.stderr)
    problems = validate(result.flow)
    if problems:
        print("caudal: " + _n("imported with {n} problem; see it with «flows show {id}»",
                              "imported with {n} problems; see them with «flows show {id}»",
                              len(problems), id=result.flow.id), file=sys.stderr)
    print(result.flow.id)
    return 0


def _load(path: str, strict: bool = True) -> Flow:
    return loads(read_text(path), path, strict=strict)


def _with_flow(args: argparse.Namespace) -> tuple[repo.FlowInfo, Flow, list[repo.VersionInfo]]:
    db = open_db(args)
    try:
        with db.begin() as conn:
            info = repo.require(conn, args.flow)
            return info, repo.get(conn, info.id), repo.list_versions(conn, info.id)
    except repo.RepositoryError as exc:
        raise _repo_error(exc, default_lang()) from None
    finally:
        db.dispose()


def run_export(args: argparse.Namespace) -> int:
    info, flow, _versions = _with_flow(args)
    try:
        dump(flow, args.file)
    except OSError as exc:
        raise CliError(f"{args.file}: {exc.strerror}") from None
    print(_("«{name}» exported to {file}").format(name=info.name, file=args.file))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.begin() as conn:
            infos = repo.list_flows(conn)
    finally:
        db.dispose()
    if args.state is not None:
        infos = [i for i in infos if i.is_active is args.state]
    if args.json:
        print_json([i.as_dict() for i in infos])
        return 0
    if not infos:
        if args.state is not None:
            print(_("No active flows.") if args.state else _("No stopped flows."))
            return 0
        print(_("No flows."))
        return 0
    head = (_("ID"), _("STATE"), _("VER"), _("NODES"), _("UPDATED"), _("NAME"))
    rows = [head] + [(i.id, _state(i.is_active), str(i.active_version or "-"),
                      str(i.node_count), when(i.updated_at), i.name) for i in infos]
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r[:5], widths, strict=True)) + "  " + r[5])
    return 0


def _say(lang: str, es: str, en: str) -> str:
    """A Spanish/English pair in `lang` (kept for callers written that way; new text uses `_()`)."""
    return Text(es, en).get(lang)


def _state(active: bool) -> str:
    return _("active") if active else _("stopped")


def problem_line(flow: Flow, p: Problem, lang: str) -> str:
    """`[code] node ID («title»): message` (the node part only for node problems)."""
    node = flow.node(p.node_id) if p.node_id else None
    where = ""
    if node is not None:
        where = tr(lang, "node {id} («{title}»): ", id=node.id, title=node_label(node, get_catalog(), lang))
    elif p.node_id:
        where = f"{p.node_id}: "
    return f"[{p.code}] {where}{p.message.get(lang)}"


def show_dict(info: repo.FlowInfo, flow: Flow, versions: list[repo.VersionInfo],
              problems: list[Problem]) -> dict[str, Any]:
    """The `flows show --json` shape."""
    catalog = get_catalog()
    nodes = []
    for n in flow.nodes:
        ntype = catalog.get(n.type)
        summary = None
        if ntype is not None:
            summary = {lang: summarize(ntype, n.config, lang) for lang in CODES}
        nodes.append({"id": n.id, "type": n.type, "title": n.title, "summary": summary,
                      "kind": str(ntype.kind) if ntype else None})
    return {**info.as_dict(), "edge_count": len(flow.edges), "nodes": nodes,
            "versions": [v.as_dict() for v in versions],
            "problems": [p.as_dict() for p in problems], "document": to_document(flow)}


def run_show(args: argparse.Namespace) -> int:
    info, flow, versions = _with_flow(args)
    problems = validate(flow)
    if args.json:
        print_json(show_dict(info, flow, versions, problems))
        return 0
    lang = default_lang()
    catalog = get_catalog()
    print(f"{info.name}  ({info.id})")
    if info.description:
        print(info.description)
    version = f" v{info.active_version}" if info.active_version else ""
    print(_("State: {state}{version}; versions: {versions}; updated {updated}").format(
        state=_state(info.is_active), version=version, versions=len(versions), updated=when(info.updated_at)))
    print("\n" + _("Nodes ({n}):").format(n=len(flow.nodes)))
    for n in flow.nodes:
        ntype = catalog.get(n.type)
        summary = summarize(ntype, n.config, lang) if ntype else "?"
        print(f"  {n.id}  {n.type}  «{node_label(n, catalog, lang)}»  {summary}")
    print("\n" + _("Edges ({n}):").format(n=len(flow.edges)))
    nodes = flow.node_map()
    for e in flow.edges:
        a, b = nodes.get(e.source.node), nodes.get(e.target.node)
        a_label = node_label(a, catalog, lang) if a else e.source.node
        b_label = node_label(b, catalog, lang) if b else e.target.node
        print(f"  «{a_label}».{e.source.port} -> «{b_label}».{e.target.port}")
    print("\n" + (_("Problems ({n}):").format(n=len(problems)) if problems else _("No problems.")))
    for p in problems:
        print("  " + problem_line(flow, p, lang))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    lang = default_lang()
    try:
        flow = _load(args.file, strict=False)
    except FlowFileError as exc:
        if args.json:
            print_json({"ok": False, "file": args.file, "problems": [
                {"code": i.code, "node_id": i.node_id, "field": None, "line": i.line,
                 "message": i.message.as_dict()} for i in exc.issues]})
            return 1
        raise _file_error(exc, lang) from None
    problems = validate(flow)
    if args.json:
        print_json({"ok": not problems, "file": args.file,
                    "problems": [{**p.as_dict(), "line": None} for p in problems]})
        return 1 if problems else 0
    if not problems:
        print("OK")
        return 0
    for p in problems:
        print(f"{args.file}: {problem_line(flow, p, lang)}")
    return 1


def run_activate(args: argparse.Namespace) -> int:
    from runtime.engine.activation import ActivationRefused, activate_flow
    from runtime.engine.review import review

    lang = default_lang()
    db = open_db(args)
    try:
        result = activate_flow(db, args.flow)
        with db.begin() as conn:
            warnings = review(repo.load_version(conn, result.version_id), conn)
    except ActivationRefused as exc:
        raise CliError(exc.text(lang)) from None
    except repo.RepositoryError as exc:
        raise _repo_error(exc, lang) from None
    finally:
        db.dispose()
    done = _("«{name}» active on version {version}") if result.new_version else \
        _("«{name}» active on version {version} (unchanged)")
    print(done.format(name=result.flow_name, version=result.version))
    for unreadable in result.unreadable_dates:
        print(_("warning: {problem}").format(problem=unreadable.text(language())), file=sys.stderr)
    for w in warnings:  # worth reading, never blocking (runtime.engine.review)
        print(_("warning [{code}]: {message}").format(code=w.code, message=w.message.get(lang)), file=sys.stderr)
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    from runtime.engine.activation import deactivate_flow

    lang = default_lang()
    db = open_db(args)
    try:
        cancelled = deactivate_flow(db, args.flow, cancel_running=args.cancel_running)
    except repo.RepositoryError as exc:
        raise _repo_error(exc, lang) from None
    finally:
        db.dispose()
    print(_("stopped; cancelled: {n}").format(n=cancelled))
    return 0


def _change(args: argparse.Namespace, fn: Any) -> Any:
    """Run `fn(conn)` in one write transaction; repository refusals become CLI errors."""
    db = open_db(args)
    try:
        with db.begin(immediate=True) as conn:
            return fn(conn)
    except repo.RepositoryError as exc:
        raise _repo_error(exc, default_lang()) from None
    finally:
        db.dispose()


def run_rename(args: argparse.Namespace) -> int:
    def go(conn: Any) -> tuple[str, Flow]:
        old = repo.require(conn, args.flow).name
        return old, repo.rename(conn, args.flow, args.name)

    old, flow = _change(args, go)
    print(_("«{old}» is now called «{new}»").format(old=old, new=flow.name))
    return 0


def run_duplicate(args: argparse.Namespace) -> int:
    copy = _change(args, lambda conn: repo.duplicate(conn, args.flow, args.name))
    print(_("copy «{name}» created (stopped)").format(name=copy.name), file=sys.stderr)
    print(copy.id)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from runtime.flows.removal import delete_flow

    gone = _change(args, lambda conn: delete_flow(conn, args.flow))
    forget_token(gone.flow_id)  # its web form address (if any) dies with it
    print(_("«{name}» deleted, with {versions} and {journeys} of history").format(
        name=gone.name, versions=_n("{n} version", "{n} versions", gone.versions),
        journeys=_n("{n} journey", "{n} journeys", gone.journeys)))
    return 0
