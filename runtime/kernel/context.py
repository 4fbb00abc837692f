"""`StepContext`: what an executor sees: the node, the contact (lazily), the CRM, time.

Contact, owner and deal are read at most once per step, and only if the executor asks
(an `add_tag` with a fixed tag never reads the contact). `lookup("contact.city")`
resolves dotted fields for conditions; `data()` is the merge-field namespace for
templates; `render(text)` fills merge fields and notes missing ones in the detail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import Environment, TemplateError, meta
from markupsafe import escape

from runtime.i18n import N_
from runtime.kernel.conditions import MISSING, evaluate
from runtime.kernel.detail import ConditionWhy
from runtime.kernel.outcome import StepError
from runtime.kernel.templates import MAX_OUTPUT, has_merge_fields, render

_UNSET = object()
# What HTML escaping changes (markupsafe.escape: & < > ' "): a value without them is kept as it is.
_MARKUP = re.compile("[&<>'\"]")
_NAMESPACES = ("contact", "owner", "deal")
_PARSER = Environment()


@lru_cache(maxsize=2048)
def namespaces(text: str) -> tuple[str, ...]:
    """The merge-field namespaces `text` refers to (all of them if it does not parse)."""
    try:
        used = meta.find_undeclared_variables(_PARSER.parse(text))
    except TemplateError:
        return _NAMESPACES
    return tuple(n for n in _NAMESPACES if n in used)


_FIELD = re.compile(r"\{\{\s*(contact|owner|deal)\.([A-Za-z_][A-Za-z0-9_]*)\s*"
                    r"(?:\|\s*(?:default|d)\(\s*(?:'([^'\\{}%#\r\n]*)'|\"([^\"\\{}%#\r\n]*)\")\s*\)\s*)?\}\}")

# A plan of `plain_fields`: (text, ns, key, default, text, ns, key, default, ..., text); default is
# None for a bare `{{ ns.key }}`, else the literal of `| default('...')`.
Plan = tuple[Any, ...]


@lru_cache(maxsize=2048)
def plain_fields(text: str) -> Plan | None:
    """The plan of `text` when it is literal text and `{{ ns.key }}` or `{{ ns.key | default('literal') }}` only.

    Such a template renders like Jinja does it (str() of the value, a missing key renders
    empty and is noted; the default replaces a missing, None or blank value, as the sandbox's
    `default` filter does, and notes nothing), without Jinja. Anything else (other filters,
    statements, comments, whitespace control, \\r, keys that are dict attributes) is None:
    Jinja renders it.
    """
    parts = _FIELD.split(text)
    if "\r" in text or any(m in lit for lit in parts[0::5] for m in ("{{", "{%", "{#")):
        return None
    if any(hasattr(dict, key) for key in parts[2::5]):
        return None
    plan: list[Any] = [parts[0]]
    for i in range(1, len(parts), 5):
        single, double = parts[i + 2], parts[i + 3]
        plan += [parts[i], parts[i + 1], single if single is not None else double, parts[i + 4]]
    return tuple(plan)


def plan_namespaces(plan: Plan) -> tuple[str, ...]:
    """The namespaces a `plain_fields` plan reads."""
    return tuple(plan[1::4])


def fill_plain(plan: Plan, data: dict[str, Any], autoescape: bool = False) -> tuple[str, list[str]] | None:
    """(text, missing fields) of a `plain_fields` plan filled from `data` (every namespace the plan
    names present, {} for a missing record), as Jinja renders it (`autoescape`: each value HTML-escaped,
    as Jinja's autoescape does); None when the output is too long (Jinja then refuses it)."""
    out = [plan[0]]
    missing: list[str] = []
    for i in range(1, len(plan), 4):
        record, key, default = data[plan[i]], plan[i + 1], plan[i + 2]
        if default is not None:
            value = record.get(key)
            piece = default if value is None or (type(value) is str and not value.strip()) else str(value)
        elif key in record:
            value = record[key]
            piece = value if type(value) is str else str(value)
        else:
            missing.append(f"{plan[i]}.{key}")
            piece = ""
        out.append(str(escape(piece)) if autoescape and _MARKUP.search(piece) else piece)
        out.append(plan[i + 3])
    text = "".join(out)
    return None if len(text) > MAX_OUTPUT else (text, sorted(set(missing)))


def flat_contact(contact: dict[str, Any] | None) -> dict[str, Any]:
    """Custom fields flattened beside the standard ones (`contact.city`), tags kept."""
    if not contact:
        return {}
    custom = contact.get("custom") or {}
    out = {**custom, **contact}
    if "custom" in custom:
        out["custom"] = custom["custom"]
    else:
        out.pop("custom", None)
    return out


def latest_deal(deals: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not deals:
        return None
    best = max(deals, key=lambda d: (d.get("updated_at") or 0, int(d["id"]) if str(d.get("id", "")).isdigit() else 0))
    return flat_contact(best)


@dataclass(slots=True)
class StepContext:
    """One step's view of the world. `detail` collects notes for the step row."""

    conn: Any
    ops: Any  # CrmOps bound to conn
    engine: Any
    enrollment_id: int
    flow_id: str
    flow_version_id: int
    crm: str
    contact_id: str
    node: Any  # CompiledNode
    attempt: int
    now: float
    timezone: str
    state: dict[str, Any] | None = None
    visit: int = 0  # which arrival at this node (runtime.engine.ledger)
    detail: dict[str, Any] = field(default_factory=dict)
    outbox: Any = None  # where an email without account goes (the batch's queue); None: engine.channels.outbox
    _contact: Any = _UNSET
    _owner: Any = _UNSET
    _deal: Any = _UNSET

    @property
    def config(self) -> dict[str, Any]:
        return self.node.config

    @property
    def key(self) -> str:
        """The idempotency key of this step's side effect: "<enrollment>:<node>:<visit>:<attempt>"
        (visit 0: "<enrollment>:<node>:<attempt>"); see runtime.engine.ledger.make_key."""
        if self.visit:
            return f"{self.enrollment_id}:{self.node.id}:{self.visit}:{self.attempt}"
        return f"{self.enrollment_id}:{self.node.id}:{self.attempt}"

    @property
    def origin(self) -> str:
        """How CRM change events made by this step are tagged (carries the key)."""
        return f"flow:{self.key}"

    def contact(self) -> dict[str, Any]:
        if self._contact is _UNSET:
            found = self.ops.get_contact(self.contact_id)
            if found is None:
                raise StepError(N_("the contact {contact} no longer exists in the CRM «{crm}»").format(
                    contact=self.contact_id, crm=self.crm))
            self._contact = flat_contact(found)
        return self._contact

    def owner(self) -> dict[str, Any] | None:
        if self._owner is _UNSET:
            owner_id = self.contact().get("owner_id")
            self._owner = self.ops.get_user(str(owner_id)) if owner_id not in (None, "") else None
        return self._owner

    def deal(self) -> dict[str, Any] | None:
        if self._deal is _UNSET:
            self._deal = latest_deal(self.ops.contact_deals(self.contact_id))
        return self._deal

    def forget(self) -> None:
        """Drop what was read (after this step wrote to the contact)."""
        self._contact = self._owner = self._deal = _UNSET

    def lookup(self, path: str) -> Any:
        head, _, rest = path.partition(".")
        if head == "contact":
            record: dict[str, Any] | None = self.contact()
        elif head == "owner":
            record = self.owner()
        elif head == "deal":
            record = self.deal()
        else:
            return MISSING
        if record is None or not rest:
            return MISSING if record is None else record
        return record.get(rest, MISSING)

    def data(self, names: tuple[str, ...] = _NAMESPACES) -> dict[str, Any]:
        """The merge-field namespaces `names` (each read only when asked for)."""
        out: dict[str, Any] = {}
        if "contact" in names:
            out["contact"] = self.contact()
        if "owner" in names:
            out["owner"] = self.owner() or {}
        if "deal" in names:
            out["deal"] = self.deal() or {}
        return out

    def render(self, text: Any, label: str = "") -> str:
        """`text` with merge fields filled; missing fields are noted in the detail."""
        if not has_merge_fields(text):
            return "" if text is None else str(text)
        plan = plain_fields(text)
        filled = self._fill(plan) if plan is not None else None
        if filled is None:
            out = render(text, self.data(namespaces(text)))
            filled = out.text, out.missing
        if filled[1]:
            notes = self.detail.setdefault("missing_fields", [])
            notes.extend(m for m in filled[1] if m not in notes)
        return filled[0]

    def _fill(self, plan: Plan) -> tuple[str, list[str]] | None:
        return fill_plain(plan, self.data(plan_namespaces(plan)))

    def check(self, condition: dict[str, Any] | None) -> tuple[bool, ConditionWhy]:
        """Evaluate a condition against this contact; expected values may use merge fields."""
        return evaluate(condition, self.lookup, self.now,
                        lambda v: self.render(v) if has_merge_fields(v) else v)
