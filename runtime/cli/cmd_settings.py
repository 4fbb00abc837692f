"""`settings list|get|set|unset|add|remove`: the application settings users may change.

The keys and what they mean are in runtime.appsettings.registry (and docs/cli/settings.md).
Human output follows the locale (Spanish or English).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from runtime.appsettings import (
    SettingError,
    SettingValue,
    find_setting,
    get_setting,
    list_settings,
    parse_setting,
    set_setting,
    unset_setting,
)
from runtime.catalog.types import Text
from runtime.cli.cmd_nodes import default_lang
from runtime.cli.common import CliError, add_json_flag, open_db, print_json
from runtime.i18n import _, tr


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("settings", parents=[parent], help=_('show and change application settings'),
                           description=_('Application settings (webhook allowances, history). '
                                         'See docs/cli/settings.md.'))
    cmds = group.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = cmds.add_parser("list", parents=[parent], help=_('every setting with its value'))
    add_json_flag(p)
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("get", parents=[parent], help=_('one setting: value and what it means'))
    p.add_argument("key", metavar="KEY")
    add_json_flag(p)
    p.set_defaults(handler=run_get)
    p = cmds.add_parser("set", parents=[parent], help=_('change a setting (a list takes several values)'))
    p.add_argument("key", metavar="KEY")
    p.add_argument("values", nargs="*", metavar="VALUE")
    p.set_defaults(handler=run_set)
    p = cmds.add_parser("unset", parents=[parent], help=_('put a setting back to its default'))
    p.add_argument("key", metavar="KEY")
    p.set_defaults(handler=run_unset)
    for name, helptext in (("add", "add values to a list setting"), ("remove", "remove values from a list setting")):
        p = cmds.add_parser(name, parents=[parent], help=helptext)
        p.add_argument("key", metavar="KEY")
        p.add_argument("values", nargs="+", metavar="VALUE")
        p.set_defaults(handler=run_add if name == "add" else run_remove)


def _say(lang: str, es: str, en: str) -> str:
    """A Spanish/English pair in `lang` (kept for callers written that way; new text uses `_()`)."""
    return Text(es, en).get(lang)


def shown(value: Any, lang: str) -> str:
    """A value as a person reads it: yes/no, comma-separated lists, "(none)"."""
    if isinstance(value, bool):
        return tr(lang, "yes") if value else tr(lang, "no")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) if value else tr(lang, "(none)")
    return str(value)


def _line(v: SettingValue, lang: str) -> str:
    mark = "  " + tr(lang, "(default)") if v.is_default else ""
    return f"{v.setting.key} = {shown(v.value, lang)}{mark}"


def _run(args: argparse.Namespace, fn: Any) -> Any:
    db = open_db(args)
    try:
        with db.begin() as conn:
            return fn(conn)
    except SettingError as exc:
        raise CliError(exc.message.get(default_lang())) from None
    finally:
        db.dispose()


def run_list(args: argparse.Namespace) -> int:
    values = _run(args, list_settings)
    if args.json:
        print_json([v.as_dict() for v in values])
        return 0
    lang = default_lang()
    for v in values:
        print(_line(v, lang))
    return 0


def run_get(args: argparse.Namespace) -> int:
    v = _run(args, lambda conn: get_setting(conn, args.key))
    if args.json:
        print_json(v.as_dict())
        return 0
    lang = default_lang()
    print(_line(v, lang))
    print(f"  {v.setting.title.get(lang)}: {v.setting.help.get(lang)}")
    return 0


def _warn(v: SettingValue, lang: str) -> None:
    if v.setting.key == "webhooks.allow_private" and v.value is True:
        print("caudal: " + tr(lang, "warning: webhooks may now reach every loopback or private address; "
                                    "naming the servers in webhooks.allowlist is safer"), file=sys.stderr)


def run_set(args: argparse.Namespace) -> int:
    lang = default_lang()

    def go(conn: Any) -> SettingValue:
        return set_setting(conn, args.key, parse_setting(find_setting(args.key), args.values))

    v = _run(args, go)
    print(_line(v, lang))
    _warn(v, lang)
    return 0


def run_unset(args: argparse.Namespace) -> int:
    v = _run(args, lambda conn: unset_setting(conn, args.key))
    print(_line(v, default_lang()))
    return 0


def _change_list(args: argparse.Namespace, adding: bool) -> int:
    lang = default_lang()

    def go(conn: Any) -> SettingValue:
        s = find_setting(args.key)
        if s.kind != "list":
            raise SettingError(Text("{key} no es una lista: use «settings set».",
                                    "{key} is not a list: use «settings set».").format(key=s.key))
        current = list(get_setting(conn, s.key).value or [])
        given = parse_setting(s, args.values)
        if adding:
            new = current + [g for g in given if g not in current]
        else:
            missing = [g for g in given if g not in current]
            if missing:
                raise SettingError(Text("{key} no contiene {value}.", "{key} does not hold {value}.")
                                   .format(key=s.key, value=", ".join(missing)))
            new = [c for c in current if c not in given]
        return set_setting(conn, s.key, new)

    print(_line(_run(args, go), lang))
    return 0


def run_add(args: argparse.Namespace) -> int:
    return _change_list(args, True)


def run_remove(args: argparse.Namespace) -> int:
    return _change_list(args, False)
