"""Text compared without case or accents (`fold`): contact search, CSV headers, duplicate checks."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case without accents: "José Muñoz" -> "jose munoz" (for search)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
