""""Test connection": can this database be opened, and is it a Caudal database? Changes nothing.

`check_database(url)` connects once (5 s at most), reads the list of tables and the schema
stamp, and answers with a `Check`: `level` "ok" (open it), "warning" (it opens, but read the
message: a new file, an older schema that opening will update) or "error" (it will not open:
the server is unreachable, the password is wrong, no such database, not a Caudal database,
made by a newer Caudal, no such folder). The message names the database with its password hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from runtime.i18n.text import Text
from runtime.store import revision
from runtime.store.db import resolve_url
from runtime.store.schema import metadata

CONNECT_TIMEOUT = 5  # seconds a server gets to answer


@dataclass(frozen=True)
class Check:
    """The answer: `level` "ok" | "warning" | "error", `kind` (a stable word for tests and logs), `message`."""

    level: str
    kind: str
    message: Text


def _error(kind: str, es: str, en: str, **values: object) -> Check:
    return Check("error", kind, Text(es, en).format(**values))


def check_database(url: str) -> Check:
    """Try `url` (a URL or a SQLite file path); see the module docstring."""
    try:
        if not url.strip():
            raise ValueError("no address")
        resolved = resolve_url(url.strip())
        parsed = make_url(resolved)
    except (ArgumentError, ValueError):
        return _error("bad_url", "«{url}» no es una dirección de base de datos (ejemplo: "
                      "postgresql://usuario@servidor/caudal)", "«{url}» is not a database address "
                      "(example: postgresql://user@server/caudal)", url=url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        missing = _sqlite_missing(parsed.database or "")
        if missing is not None:
            return missing
    elif parsed.get_backend_name() != "postgresql":
        return _error("no_driver", "Caudal abre archivos SQLite y PostgreSQL, no {name}",
                      "Caudal opens SQLite files and PostgreSQL, not {name}", name=parsed.get_backend_name())
    args = {"connect_timeout": CONNECT_TIMEOUT} if parsed.get_backend_name() == "postgresql" else {}
    try:
        engine = create_engine(resolved, poolclass=NullPool, connect_args=args)
    except ImportError as exc:
        return _error("no_driver", "falta el controlador de {url}: {name}", "no driver for {url}: {name}",
                      url=shown, name=exc.name or str(exc))
    try:
        with engine.connect() as conn:
            return _schema(conn, shown)
    except DBAPIError as exc:
        return _connect_error(exc, parsed, shown)
    finally:
        engine.dispose()


def _sqlite_missing(path: str) -> Check | None:
    if not path or path == ":memory:":
        return _error("bad_url", "falta la ruta del archivo SQLite", "the SQLite file's path is missing")
    file = Path(path)
    if file.is_dir():
        return _error("no_file", "{path} es una carpeta: indique un archivo (p. ej. {path}/caudal.db)",
                      "{path} is a folder: name a file (e.g. {path}/caudal.db)", path=path)
    if file.exists():
        return None
    if not file.parent.is_dir():
        return _error("no_folder", "la carpeta {folder} no existe", "the folder {folder} does not exist",
                      folder=str(file.parent))
    return Check("warning", "new_file", Text(
        "no hay ningún archivo en {path}: Caudal creará allí una base de datos nueva y vacía",
        "there is no file at {path}: Caudal will create a new, empty database there").format(path=path))


def _schema(conn: Connection, shown: str) -> Check:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return Check("ok", "empty", Text(
            "Conectado a {url}. La base de datos está vacía: Caudal creará sus tablas al abrirla.",
            "Connected to {url}. The database is empty: Caudal will create its tables when it opens it.")
            .format(url=shown))
    if "alembic_version" not in tables:
        others = sorted(tables - set(metadata.tables)) or sorted(tables)
        return _error("foreign", "{url} no es una base de datos de Caudal (tiene otras tablas: {tables})",
                      "{url} is not a Caudal database (it has other tables: {tables})",
                      url=shown, tables=", ".join(others[:4]) + ("…" if len(others) > 4 else ""))
    found = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    head = revision.chain_head()
    if found == [head]:
        return Check("ok", "current", Text("Conectado a {url}: una base de datos de Caudal, al día.",
                                           "Connected to {url}: a Caudal database, up to date.").format(url=shown))
    from runtime.store.migrate import _known

    if len(found) == 1 and _known(found[0]):
        return Check("warning", "behind", Text(
            "Conectado a {url}: una base de datos de una versión anterior de Caudal. Se actualizará al "
            "abrirla; haga antes una copia (pg_dump) y actualice también los demás equipos.",
            "Connected to {url}: a database of an older Caudal. It will be updated when it is opened; "
            "back it up first (pg_dump) and update the other computers too.").format(url=shown))
    return _error("newer", "{url} es de una versión más nueva de Caudal ({found}): actualice Caudal para abrirla",
                  "{url} belongs to a newer Caudal ({found}): update Caudal to open it",
                  url=shown, found=", ".join(found) or "?")


def _connect_error(exc: DBAPIError, parsed: object, shown: str) -> Check:
    said = str(getattr(exc, "orig", exc))
    low = said.lower()
    user, host = getattr(parsed, "username", None) or "", getattr(parsed, "host", None) or "localhost"
    database = getattr(parsed, "database", None) or ""
    if "password authentication failed" in low or "authentication failed" in low:
        return _error("auth", "el servidor {host} rechazó el usuario «{user}» o su contraseña: compruebe "
                      "ambos", "the server {host} refused the user «{user}» or its password: check both",
                      host=host, user=user)
    if "no password supplied" in low or "fe_sendauth" in low:
        return _error("auth", "el servidor {host} pide una contraseña para «{user}»: escríbala",
                      "the server {host} asks for a password for «{user}»: type it", host=host, user=user)
    if f'database "{database.lower()}" does not exist' in low:
        return _error("no_database", "el servidor {host} responde, pero no tiene la base de datos «{db}» "
                      "(créela: createdb --owner {user} {db})", "the server {host} answers, but has no "
                      "database «{db}» (create it: createdb --owner {user} {db})", host=host, db=database,
                      user=user or "caudal")
    if "role" in low and "does not exist" in low:
        return _error("auth", "el servidor {host} no conoce el usuario «{user}»",
                      "the server {host} has no user «{user}»", host=host, user=user)
    if "file is not a database" in low:
        return _error("not_sqlite", "{url} no es un archivo SQLite", "{url} is not a SQLite file", url=shown)
    if any(w in low for w in ("connection refused", "timeout expired", "timed out", "could not translate",
                              "failed to resolve", "name or service not known", "no route to host",
                              "network is unreachable")):
        return _error("unreachable", "no se llega al servidor {host} (¿está encendido? ¿la dirección y el "
                      "puerto son correctos? ¿PostgreSQL escucha en la red de la oficina?): {said}",
                      "cannot reach the server {host} (is it on? are the address and port right? does "
                      "PostgreSQL listen on the office network?): {said}", host=host, said=_first_line(said))
    return _error("other", "no se puede abrir {url}: {said}", "cannot open {url}: {said}",
                  url=shown, said=_first_line(said))


def _first_line(said: str) -> str:
    lines = [line.strip() for line in said.splitlines() if line.strip()]
    return lines[0] if lines else said
