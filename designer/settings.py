"""The designer's own preferences (QSettings): language, tray, window layout, canvas direction, last flow."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from runtime.i18n.languages import LANGUAGES

ORG = "Caudal"
APP = "Caudal"


class Settings:
    """Typed access to the designer's QSettings.

    Args:
        path: an INI file to use instead of the platform's place (tests use a temp file).
    """

    def __init__(self, path: str | None = None) -> None:
        if path:
            self.qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qs = QSettings(ORG, APP)

    # -- language -------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """A code of LANGUAGES ("es", "en", "fr", "id") or None (None = follow the system locale)."""
        value = self.qs.value("ui/language", "")
        return str(value) if value in LANGUAGES else None

    @language.setter
    def language(self, lang: str | None) -> None:
        self.qs.setValue("ui/language", lang or "")

    # -- tray -----------------------------------------------------------------
    @property
    def keep_running_in_tray(self) -> bool:
        """Keep the runtime running (tray icon) when the window is closed."""
        return _as_bool(self.qs.value("runtime/keep_running_in_tray", False))

    @keep_running_in_tray.setter
    def keep_running_in_tray(self, value: bool) -> None:
        self.qs.setValue("runtime/keep_running_in_tray", bool(value))

    # -- window ---------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qs.setValue("window/geometry", geometry)
        self.qs.setValue("window/state", state)

    @property
    def hide_inactive(self) -> bool:
        return _as_bool(self.qs.value("flows/hide_inactive", False))

    @hide_inactive.setter
    def hide_inactive(self, value: bool) -> None:
        self.qs.setValue("flows/hide_inactive", bool(value))

    @property
    def top_down(self) -> bool:
        """Flows drawn top-down (the default) or left to right."""
        return _as_bool(self.qs.value("canvas/top_down", True))

    @top_down.setter
    def top_down(self, value: bool) -> None:
        self.qs.setValue("canvas/top_down", bool(value))

    @property
    def last_flow_id(self) -> str | None:
        value = self.qs.value("flows/last", "")
        return str(value) or None

    @last_flow_id.setter
    def last_flow_id(self, flow_id: str | None) -> None:
        self.qs.setValue("flows/last", flow_id or "")

    def sync(self) -> None:
        self.qs.sync()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
