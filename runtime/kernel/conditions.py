"""Evaluating conditions (`{"match": "all"|"any", "rules": [...]}`) with a record of why.

Fields are dotted paths: `contact.<key>` (standard keys, custom keys, `contact.tags`),
`owner.<key>` (the contact's owner: id, name, email), `deal.<key>` (the contact's most
recent deal). `lookup(path)` supplies values (see runtime.kernel.context).

Coercion rules (documented for users):
- equals / not_equals: numbers compare as numbers when both sides read as numbers
  ("1200" equals "1200.0"); otherwise text compares trimmed and case-insensitively
  ("madrid" equals "Madrid "). A list value (tags) equals when any element does.
- contains / not_contains / starts_with: trimmed, case-insensitive text; on a list,
  contains means "has an element equal to".
- greater_than / less_than: numbers only ("1.200,50" and "1200.50" both read); a value
  that is not a number makes the rule false and the why says so.
- before / after: ISO dates or date-times, or day/month/year dates (runtime.dates; naive =
  UTC); if either side is a bare date
  the comparison is by calendar day. within_last_days N: the date lies in [now - N days, now].
- is_empty: None, "", only spaces, or an empty list. has_tag / not_has_tag: the
  contact's tags, case-insensitive. in_list: the value equals (as above) any item of a
  list, or of a comma-separated text.
An empty condition (no rules) holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from runtime.dates import read_moment
from runtime.kernel.detail import ConditionWhy

MISSING = object()
Lookup = Callable[[str], Any]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip().casefold()


def to_number(value: Any) -> float | None:
    """A number from int/float/text ("1.200,50", "1200.50", "7"), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(" ", "")
    if not text or not (text[0].isdigit() or text[0] in "+-.nNiI"):  # what float() reads starts so
        return None  # (cheaper than letting float() raise, on the hot path of every text comparison)
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def to_moment(value: Any) -> tuple[datetime, bool] | None:
    """(aware datetime, is_bare_date) from a date, datetime, epoch number, or ISO or day/month/year text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(float(value), UTC), False
    moment = read_moment(value)
    if moment is None:
        return None
    dt, bare = moment
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)), bare


def is_empty(value: Any) -> bool:
    return value is None or value is MISSING or (isinstance(value, str) and not value.strip()) or value == []


def _equals(actual: Any, expected: Any) -> bool:
    if isinstance(actual, list | tuple):
        return any(_equals(a, expected) for a in actual)
    a, b = to_number(actual), to_number(expected)
    if a is not None and b is not None:
        return a == b
    return _text(actual) == _text(expected)


def _items(expected: Any) -> list[Any]:
    if isinstance(expected, list | tuple):
        return list(expected)
    return [p for p in str(expected or "").split(",") if p.strip()]


def _compare_dates(actual: Any, expected: Any, op: str) -> tuple[bool, str | None]:
    a, b = to_moment(actual), to_moment(expected)
    if a is None:
        return False, "the value is not a date"
    if b is None:
        return False, "the expected value is not a date"
    if a[1] or b[1]:
        left, right = a[0].date(), b[0].date()
        return (left < right if op == "before" else left > right), None
    return (a[0] < b[0] if op == "before" else a[0] > b[0]), None


def apply(op: str, actual: Any, expected: Any, tags: list[str], now: float) -> tuple[bool, str | None]:
    """(result, note) of one operator. `note` explains a false caused by a bad value."""
    value = None if actual is MISSING else actual
    if op == "equals":
        return _equals(value, expected), None
    if op == "not_equals":
        return not _equals(value, expected), None
    if op in ("contains", "not_contains"):
        if isinstance(value, list | tuple):
            found = any(_text(v) == _text(expected) for v in value)
        else:
            found = _text(expected) in _text(value)
        return (found if op == "contains" else not found), None
    if op == "starts_with":
        return _text(value).startswith(_text(expected)), None
    if op == "is_empty":
        return is_empty(value), None
    if op == "is_not_empty":
        return not is_empty(value), None
    if op in ("greater_than", "less_than"):
        a, b = to_number(value), to_number(expected)
        if a is None or b is None:
            return False, "the value is not a number" if a is None else "the expected value is not a number"
        return (a > b if op == "greater_than" else a < b), None
    if op in ("before", "after"):
        return _compare_dates(value, expected, op)
    if op == "within_last_days":
        moment, days = to_moment(value), to_number(expected)
        if moment is None or days is None:
            return False, "the value is not a date" if moment is None else "the number of days is not a number"
        ts = moment[0].timestamp()
        return now - days * 86400 <= ts <= now, None
    if op in ("has_tag", "not_has_tag"):
        has = _text(expected) in {_text(t) for t in tags}
        return (has if op == "has_tag" else not has), None
    if op == "in_list":
        return any(_equals(value, item) for item in _items(expected)), None
    return False, f"unknown operator {op!r}"


def evaluate(
    condition: dict[str, Any] | None,
    lookup: Lookup,
    now: float,
    expected_of: Callable[[Any], Any] = lambda v: v,
) -> tuple[bool, ConditionWhy]:
    """(holds, why) for `condition`. `expected_of` fills merge fields in expected values.

    `why` mirrors the condition: {"match", "result", "rules": [{"field", "op", "expected",
    "actual", "result"[, "note"]} | nested group]}.
    """
    if not condition or not condition.get("rules"):
        return True, {"match": "all", "rules": [], "result": True}
    match = condition.get("match", "all")
    parts: list[Any] = []
    results = []
    for rule in condition.get("rules") or []:
        sub: Any
        if isinstance(rule, dict) and "rules" in rule:
            ok, sub = evaluate(rule, lookup, now, expected_of)
        else:
            ok, sub = _rule(rule, lookup, now, expected_of)
        results.append(ok)
        parts.append(sub)
    holds = any(results) if match == "any" else all(results)
    return holds, {"match": match, "rules": parts, "result": holds}


def _rule(rule: dict[str, Any], lookup: Lookup, now: float,
          expected_of: Callable[[Any], Any]) -> tuple[bool, dict[str, Any]]:
    op = str(rule.get("op", ""))
    field = str(rule.get("field") or ("contact.tags" if op in ("has_tag", "not_has_tag") else ""))
    expected = expected_of(rule.get("value"))
    actual = lookup(field) if field else MISSING
    tags_value = lookup("contact.tags") if op in ("has_tag", "not_has_tag") else []
    tags = tags_value if isinstance(tags_value, list) else []
    ok, note = apply(op, actual, expected, tags, now)
    why: dict[str, Any] = {
        "field": field,
        "op": op,
        "expected": expected,
        "actual": None if actual is MISSING else actual,
        "result": ok,
    }
    if actual is MISSING:
        why["note"] = "the field does not exist"
    elif note:
        why["note"] = note
    return ok, why
