"""Text helpers of the local CRM: email normalisation, accent folding, slugs, value kinds."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from runtime.crm.local.errors import InvalidInput
from runtime.i18n import N_

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def normalize_email(value: Any) -> str:
    """Trimmed and lower-cased; raises InvalidInput when it is not an email address."""
    email = str(value or "").strip().lower()
    if not email:
        raise InvalidInput("missing email")
    if not _EMAIL.match(email):
        raise InvalidInput(N_('invalid email {email!r}').format(email=email))
    return email


def fold(text: str) -> str:
    """Lower-case without accents: "José Muñoz" -> "jose munoz" (for search)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


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
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return "date"
    return "text"
