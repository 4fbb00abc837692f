"""Is a database at this code's schema revision? One query, without loading Alembic.

Alembic (with Mako and Pygments) costs ~110 ms of imports, and every CLI command and
designer start opens the database: `open_database` asks `is_current` first and runs
`runtime.store.migrate` only when the answer is no. The chain's head is read from the
revision files' `revision = ` / `down_revision = ` lines. Whenever that reading is not
certain (a file without a literal revision, no single head, a missing or multi-row
`alembic_version`), the answer is "not current", and Alembic decides as before.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

VERSIONS = Path(__file__).resolve().parent / "alembic" / "versions"
_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*['\"]([^'\"]+)['\"]\s*$", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


@cache
def chain_head(folder: Path = VERSIONS) -> str | None:
    """The one revision no other revision file names as its parent; None if unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        if path.name == "__init__.py":
            continue
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(found) != 1 or len(down) != 1:
            return None
        revisions.add(found[0])
        parents.update(_QUOTED.findall(down[0].partition("#")[0]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True when the database is stamped with exactly the chain's head (nothing to migrate)."""
    head = chain_head()
    if head is None:
        return False
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:  # no table yet: a new database
            return False
    return [tuple(row) for row in rows] == [(head,)]
