"""Application settings (not secrets) that users change: the known keys, their parsing and storage.

`SETTINGS` lists every key the `settings` command and the designer's settings page know;
`store` reads and writes them in `app_settings`. Other features keep reading their keys
directly (runtime.channels.webhook, runtime.history.retention), by the same names.
"""

from runtime.appsettings.registry import (
    SETTINGS,
    Setting,
    SettingError,
    find_setting,
    parse_setting,
)
from runtime.appsettings.store import (
    SettingValue,
    get_setting,
    list_settings,
    set_setting,
    unset_setting,
)

__all__ = [
    "SETTINGS", "Setting", "SettingError", "SettingValue", "find_setting", "get_setting", "list_settings",
    "parse_setting", "set_setting", "unset_setting",
]
