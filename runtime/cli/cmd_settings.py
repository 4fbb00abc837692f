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


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = sub.add_parser("settings", parents=[parent], help="show and change application settings",
                           description="Application settings (webhook allowances, history). "
                                       "See docs/cli/settings.md.")
    cmds = group.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = cmds.add_parser("list", parents=[parent], help="every setting with its value")
    add_json_flag(p)
    p.set_defaults(handler=run_list)
    p = cmds.add_parser("get", parents=[parent], help="one setting: value and what it means")
    p.add_argument("key", metavar="KEY")
    add_json_flag(p)
    p.set_defaults(handler=run_get)
    p = cmds.add_parser("set", parents=[parent], help="change a setting (a list takes several values)")
    p.add_argument("key", metavar="KEY")
    p.add_argument("values", nargs="*", metavar="VALUE")
    p.set_defaults(handler=run_set)
    p = cmds.add_parser("unset", parents=[parent], help="put a setting back to its default")
    p.add_argument("key", metavar="KEY")
    p.set_defaults(handler=run_unset)
    for name, helptext in (("add", "add values to a list setting"), ("remove", "remove values from a list setting")):
        p = cmds.add_parser(name, parents=[parent], help=helptext)
        p.add_argument("key", metavar="KEY")
        p.add_argument("values", nargs="+", metavar="VALUE")
        p.set_defaults(handler=run_add if name == "add" else run_remove)


def _say(lang: str, es: str, en: str) -> str:
    return es if lang == "es" else en


def shown(value: Any, lang: str) -> str:
    """A value as a person reads it: yes/no, comma-separated lists, "(none)"."""
    if isinstance(value, bool):
        return _say(lang, "sí", "yes") if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) if value else _say(lang, "(ninguno)", "(none)")
    return str(value)


def _line(v: SettingValue, lang: str) -> str:
    mark = _say(lang, "  (predeterminado)", "  (default)") if v.is_default else ""
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
        print("caudal: " + _say(
            lang, "aviso: los webhooks pueden llegar ahora a cualquier dirección local o privada; "
                  "es más seguro nombrar los servidores en webhooks.allowlist",
            "warning: webhooks may now reach every loopback or private address; "
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
            raise SettingError(Text(f"{s.key} no es una lista: use «settings set».",
                                    f"{s.key} is not a list: use «settings set»."))
        current = list(get_setting(conn, s.key).value or [])
        given = parse_setting(s, args.values)
        if adding:
            new = current + [g for g in given if g not in current]
        else:
            missing = [g for g in given if g not in current]
            if missing:
                raise SettingError(Text(f"{s.key} no contiene {', '.join(missing)}.",
                                        f"{s.key} does not hold {', '.join(missing)}."))
            new = [c for c in current if c not in given]
        return set_setting(conn, s.key, new)

    print(_line(_run(args, go), lang))
    return 0


def run_add(args: argparse.Namespace) -> int:
    return _change_list(args, True)


def run_remove(args: argparse.Namespace) -> int:
    return _change_list(args, False)
