"""Text helpers of the local CRM: email normalisation, slugs, search text, value kinds."""

from __future__ import annotations

import re
from typing import Any

from runtime.crm.local.errors import InvalidInput
from runtime.dates import looks_like_date, read_moment
from runtime.fold import fold
from runtime.i18n import N_
from runtime.storable import flaw, shown

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")


def storable(value: Any, what: str) -> Any:
    """`value` unchanged; InvalidInput when it is text that cannot be stored (see runtime.storable)."""
    if isinstance(value, str) and (bad := flaw(value)) is not None:
        why = "a NUL character" if bad == "\\u0000" else (
            f"{bad}, which is not a character (a byte that is not UTF-8? check the terminal's or file's encoding)")
        raise InvalidInput(f"{what}: " + N_('«{value}» holds {why}').format(value=shown(value), why=why))
    return value


def normalize_email(value: Any) -> str:
    """Trimmed and lower-cased; raises InvalidInput when it is not an email address."""
    email = str(value or "").strip().lower()
    if not email:
        raise InvalidInput("missing email")
    if not _EMAIL.match(email):
        raise InvalidInput(N_('invalid email {email!r}').format(email=email))
    return email


def slug(text: str) -> str:
    """A field key from a header: "Código Postal" -> "codigo_postal"."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def search_text(first_name: str, last_name: str, email: str | None, company: str | None) -> str:
    """What contact search matches against: folded names, email and company."""
    return fold(" ".join(p for p in (first_name, last_name, email or "", company or "") if p))


def kind_of(value: Any) -> str:
    """The field kind a custom value suggests: number, date or text."""
    if isinstance(value, bool):
        return "choice"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str) and looks_like_date(value) and read_moment(value) is not None:
        return "date"
    return "text"
