"""Reading and writing the known settings in `app_settings` (inside the caller's transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from runtime.appsettings.registry import SETTINGS, Setting, check_value, find_setting
from runtime.store import notify
from runtime.store.schema_runtime import app_settings


@dataclass(frozen=True)
class SettingValue:
    """A setting with its value now; `is_default` when nothing is stored for it."""

    setting: Setting
    value: Any
    is_default: bool

    def as_dict(self) -> dict[str, Any]:
        """The `settings list|get --json` shape."""
        s = self.setting
        value = list(self.value) if isinstance(self.value, list | tuple) else self.value
        return {"key": s.key, "kind": s.kind, "value": value, "default": self.is_default,
                "title": s.title.as_dict(), "help": s.help.as_dict()}


def _stored(conn: Connection, key: str) -> tuple[bool, Any]:
    row = conn.execute(select(app_settings.c.value).where(app_settings.c.key == key)).first()
    return (False, None) if row is None else (True, row.value)


def _current(conn: Connection, s: Setting) -> SettingValue:
    found, value = _stored(conn, s.key)
    if not found:
        return SettingValue(s, s.default, True)
    try:
        return SettingValue(s, check_value(s, value), False)
    except ValueError:  # written by hand or an older version: shown as it is
        return SettingValue(s, value, False)


def get_setting(conn: Connection, key: str) -> SettingValue:
    """The value of one known setting (SettingError for an unknown key)."""
    return _current(conn, find_setting(key))


def list_settings(conn: Connection) -> list[SettingValue]:
    """Every known setting with its value, in the registry's order."""
    return [_current(conn, s) for s in SETTINGS]


def set_setting(conn: Connection, key: str, value: Any) -> SettingValue:
    """Check and store a value; returns the stored setting."""
    s = find_setting(key)
    clean = check_value(s, value)
    if conn.execute(update(app_settings).where(app_settings.c.key == s.key).values(value=clean)).rowcount == 0:
        conn.execute(insert(app_settings).values(key=s.key, value=clean))
    notify.mark(conn, notify.SETTINGS)
    return SettingValue(s, clean, False)


def unset_setting(conn: Connection, key: str) -> SettingValue:
    """Forget the stored value: the setting is back to its default."""
    s = find_setting(key)
    conn.execute(delete(app_settings).where(app_settings.c.key == s.key))
    notify.mark(conn, notify.SETTINGS)
    return SettingValue(s, s.default, True)
