"""First start: an empty database gets the demo CRM and the example flow, active, in the user's language.

So a newcomer opens the app and can, at once, tag a demo contact "cliente" ("customer",
"client", "pelanggan"), or use "Run flow…", and watch the contact move through a real flow.
"""

from __future__ import annotations

import logging

from designer.i18n import resources_dir
from runtime.crm.local import LocalCrm
from runtime.crm.local.demo import has_contacts
from runtime.flows import fileformat, repository
from runtime.store.db import Database

log = logging.getLogger(__name__)

# The example flow of each language (English for a language without one).
EXAMPLES = {"es": "examples/bienvenida.caudal.json", "en": "examples/welcome.caudal.json",
            "fr": "examples/bienvenue.caudal.json", "id": "examples/selamat-datang.caudal.json"}


def is_empty(db: Database) -> bool:
    """True when the database has no contacts and no flows (a first start)."""
    with db.begin() as conn:
        return not has_contacts(conn) and not repository.has_flows(conn)


def first_start(db: Database, lang: str = "es") -> str | None:
    """Seed a fresh database in `lang`; returns the example flow's id, or None if nothing was done.

    The demo CRM and the flow are written even if activation fails (the flow then shows
    its problems in the editor); a missing example file only skips the flow.
    """
    if not is_empty(db):
        return None
    LocalCrm(db).seed_demo(lang)
    path = resources_dir() / EXAMPLES.get(lang, EXAMPLES["en"])
    if not path.exists():
        log.warning("example flow %s is missing", path)
        return None
    flow = fileformat.load(path)
    with db.begin(immediate=True) as conn:
        stored = repository.import_flow(conn, flow).flow
    try:
        from designer.runtime_bridge import activate

        activate(db, stored.id)
    except Exception:
        log.exception("the example flow could not be activated")
    return stored.id
