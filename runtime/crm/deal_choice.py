"""Which deal a "move deal stage" step moves: the contact's most recent open deal in the pipeline."""

from __future__ import annotations

from typing import Any

CLOSED_STAGE_WORDS = ("won", "lost", "closed", "ganad", "perdid", "cerrad", "gagn", "perdu")


def is_open(deal: dict[str, Any]) -> bool:
    """Open unless its status (Pipedrive) or its stage name says won/lost/closed (ganado, perdido...)."""
    if str(deal.get("status") or "open") in ("won", "lost", "deleted"):
        return False
    stage = str(deal.get("stage") or "").casefold()
    return not any(word in stage for word in CLOSED_STAGE_WORDS)


def pick_open_deal(deals: list[dict[str, Any]], pipeline: str) -> tuple[dict[str, Any] | None, int]:
    """(the most recently updated open deal in `pipeline`, or None; how many deals were in it)."""
    mine = [d for d in deals if str(d.get("pipeline") or "").casefold() == pipeline.casefold()]
    open_deals = [d for d in mine if is_open(d)]
    if not open_deals:
        return None, len(mine)
    return max(open_deals, key=lambda d: (d.get("updated_at") or 0, _number(d["id"]))), len(mine)


def _number(value: Any) -> int:
    return int(value) if str(value).isdigit() else 0
