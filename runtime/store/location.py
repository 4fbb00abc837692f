"""Which database this machine opens when none is named, and where that database's password lives.

Order: `--db`, then $CAUDAL_DB, then the database chosen in the designer (Settings → Office
database…), else the local SQLite file. The choice is a small JSON file next to the designer's
settings (`setting_path()`; $CAUDAL_DATABASE_SETTING names another file) holding the URL WITHOUT
its password; the password is in the OS keyring under `password_ref(url)` and is put back into
the URL only when the database is opened. So the designer and `python main.py run` of the same
user on the same machine open the same database, and the password is never in a file.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from runtime import secrets
from runtime.i18n.text import Text

SETTING_ENV = "CAUDAL_DATABASE_SETTING"
APP_NAME = "Caudal"


class SettingProblem(RuntimeError):
    """The chosen database cannot be used as it is set; `message` says what to do (str() English)."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True)
class Chosen:
    """The database chosen in the designer: its URL (no password) and whether the keyring holds one."""

    url: str
    password_saved: bool


def setting_path() -> Path:
    """The file the choice is kept in: $CAUDAL_DATABASE_SETTING, else database.json in the user's
    configuration folder (~/.config/Caudal on Linux, next to the designer's settings)."""
    named = os.environ.get(SETTING_ENV)
    if named:
        return Path(named).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "database.json"


def split_password(url: str) -> tuple[str, str | None]:
    """(`url` without its password, the password or None). A path or an unparsable URL is kept as it is."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url, None
    if parsed.password is None:
        return url, None
    return parsed._replace(password=None).render_as_string(hide_password=False), str(parsed.password)


def with_password(url: str, password: str) -> str:
    """`url` with `password` in it (what the driver is given; never printed); a path or an unparsable
    URL is kept as it is (a file has no password)."""
    try:
        return make_url(url).set(password=password).render_as_string(hide_password=False)
    except (ArgumentError, ValueError):
        return url


@dataclass(frozen=True)
class ServerParts:
    """A PostgreSQL address in the fields people fill in (the settings dialog)."""

    host: str
    port: int | None
    database: str
    user: str


def server_url(parts: ServerParts) -> str:
    """`postgresql://user@host:port/database` (no password; the default port left out)."""
    return URL.create("postgresql", username=parts.user or None, host=parts.host or None,
                      port=parts.port if parts.port != 5432 else None,
                      database=parts.database or None).render_as_string(hide_password=False)


def server_parts(url: str) -> ServerParts | None:
    """The fields of a PostgreSQL address; None for a SQLite file or path, or text that is no URL."""
    try:
        parsed = make_url(url) if "://" in url else None
    except (ArgumentError, ValueError):
        return None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        return None
    return ServerParts(parsed.host or "", parsed.port, parsed.database or "", parsed.username or "")


def password_ref(url: str) -> str:
    """The keyring reference of a server database's password: "database:user@host:port/name"."""
    parsed = make_url(url)
    port = parsed.port or 5432
    return f"database:{parsed.username or ''}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def read_setting(path: Path | None = None) -> Chosen | None:
    """The chosen database, None when none was chosen (the local file is used).

    Raises:
        SettingProblem: the file exists but is not one Caudal wrote (it names the file).
    """
    path = path or setting_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingProblem(Text("no se puede leer {path}: {reason}", "cannot read {path}: {reason}")
                             .format(path=str(path), reason=exc.strerror or str(exc))) from None
    try:
        data = json.loads(raw)
        url = data["url"]
        if not isinstance(url, str) or not url.strip():
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise SettingProblem(Text(
            "{path} no es un ajuste de base de datos de Caudal (debe ser {{\"url\": \"...\"}}): "
            "corríjalo o bórrelo para volver a la base de datos local",
            "{path} is not a Caudal database setting (it should be {{\"url\": \"...\"}}): "
            "correct it, or delete it to go back to the local database").format(path=str(path))) from None
    return Chosen(url=url.strip(), password_saved=bool(data.get("password_in_keyring")))


def save_setting(url: str, password: str | None = None, path: Path | None = None) -> Chosen:
    """Choose `url` (a password inside it, or `password`, goes to the keyring, never to the file).

    Raises:
        secrets.SecretsUnavailable: a password was given and there is no usable keyring.
    """
    path = path or setting_path()
    bare, in_url = split_password(url.strip())
    password = password or in_url
    if password:
        secrets.set_secret(password_ref(bare), password)
    elif "://" in bare and not bare.startswith("sqlite"):
        _forget_password(bare)  # no password now: an old one must not come back
    chosen = Chosen(url=bare, password_saved=bool(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps({"url": chosen.url, "password_in_keyring": chosen.password_saved},
                                  indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return chosen


def clear_setting(path: Path | None = None) -> bool:
    """Back to the local database: forget the choice and its password. False when none was made."""
    path = path or setting_path()
    try:
        chosen = read_setting(path)
    except SettingProblem:
        chosen = None
    if chosen is not None and chosen.password_saved:
        _forget_password(chosen.url)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _forget_password(url: str) -> None:
    with contextlib.suppress(secrets.SecretsUnavailable, ValueError, ArgumentError):  # none could be stored
        secrets.delete_secret(password_ref(url))


def configured_url(path: Path | None = None) -> str | None:
    """The chosen database's URL ready to open (password from the keyring), None when none was chosen.

    Raises:
        SettingProblem: the setting file is broken, or its password cannot be read from the keyring.
    """
    chosen = read_setting(path)
    if chosen is None:
        return None
    if not chosen.password_saved:
        return chosen.url
    try:
        return with_password(chosen.url, secrets.get_secret(password_ref(chosen.url)))
    except secrets.SecretMissing:
        raise SettingProblem(Text(
            "la contraseña de {url} no está en el llavero de este equipo: guárdela de nuevo en "
            "Configuración → Base de datos de la oficina…",
            "the password of {url} is not in this computer's keyring: save it again in "
            "Settings → Office database…").format(url=chosen.url)) from None
    except secrets.SecretsUnavailable as exc:
        raise SettingProblem(Text(
            "la contraseña de {url} está en el llavero del sistema, que no está disponible: {how}",
            "the password of {url} is in the OS keyring, which is not available: {how}")
            .format(url=chosen.url, how=str(exc))) from None


def source_of(url: str | None) -> str:
    """Where the database to open comes from: "flag" (--db), "env" ($CAUDAL_DB), "setting" or "local"."""
    if url:
        return "flag"
    if os.environ.get("CAUDAL_DB"):
        return "env"
    try:
        return "setting" if read_setting() is not None else "local"
    except SettingProblem:
        return "setting"
