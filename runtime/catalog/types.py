"""Data types that describe node types declaratively: kinds, ports, config fields.

The catalog is data, not code: the palette, canvas nodes, inspector forms, validator
and engine all read these descriptions. Nothing here knows about Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from runtime.i18n.text import Text as Text  # re-exported: catalog entries build Texts


class NodeKind(StrEnum):
    """The four families of nodes users see on the palette."""

    TRIGGER = "trigger"
    ACTION = "action"
    DECISION = "decision"
    WAIT = "wait"


class FieldKind(StrEnum):
    """How a config value is shaped; the inspector picks a widget per kind."""

    TEXT = "text"  # one line of plain text
    TEMPLATE = "template"  # text that may hold merge fields ({{ contact.first_name }})
    LONG_TEMPLATE = "long_template"  # multi-line text with merge fields (email bodies)
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one of `choices`
    MULTI_CHOICE = "multi_choice"  # a list drawn from `choices`
    CONDITION = "condition"  # {"match": "all"|"any", "rules": [...]}
    CRON = "cron"  # five-field cron expression
    TIMEZONE = "timezone"  # IANA name; empty = the flow's timezone
    TIME = "time"  # "HH:MM"
    FIELD = "field"  # a dotted CRM field path, e.g. "contact.city"
    FIELD_LIST = "field_list"  # a list of dotted field paths
    FIELD_VALUES = "field_values"  # mapping field path -> template text
    TAG = "tag"
    USER = "user"  # a CRM user (owner) id or email
    USER_LIST = "user_list"
    PIPELINE = "pipeline"
    STAGE = "stage"
    FLOW = "flow"  # another flow's id or name
    EMAIL_ACCOUNT = "email_account"  # an SMTP account name; empty = local outbox
    EMAIL_TEMPLATE = "email_template"  # a stored email template's id; empty = the node's own texts
    RECIPIENT = "recipient"  # "contact" | "owner" | "deal_owner" | a user id | an address | a merge field
    RECIPIENT_LIST = "recipient_list"  # several recipients, comma separated (CC/BCC)
    URL = "url"
    KEY_VALUES = "key_values"  # mapping header name -> template text
    CASES = "cases"  # list of {"port": str, "label": str, "value": str}
    BRANCHES = "branches"  # list of {"port": str, "name": str, "percent": number}
    WEEKDAYS = "weekdays"  # list of "mon".."sun"
    USER_RULES = "user_rules"  # list of {"value": str, "user": str}: a field's value -> a user


@dataclass(frozen=True)
class Choice:
    """One allowed value of a CHOICE / MULTI_CHOICE field."""

    value: str
    title: Text


@dataclass(frozen=True)
class Port:
    """A named connection point of a node. `role` colours it (e.g. yes/no)."""

    name: str
    title: Text
    role: str = "default"  # default | yes | no | other


@dataclass(frozen=True)
class ConfigField:
    """One entry of a node type's config schema.

    `visible_when` maps another field's name to the values for which this field
    is shown (and validated), e.g. {"strategy": ["fixed"]}.
    """

    name: str
    kind: FieldKind
    title: Text
    help: Text = Text("", "")
    default: Any = None
    required: bool = False
    choices: tuple[Choice, ...] = ()
    visible_when: Mapping[str, tuple[Any, ...]] | None = None
    minimum: float | None = None
    maximum: float | None = None

    def is_visible(self, config: Mapping[str, Any]) -> bool:
        """True when the field applies, given the rest of the node's config."""
        if not self.visible_when:
            return True
        return all(config.get(k) in allowed for k, allowed in self.visible_when.items())


PortsFromConfig = Callable[[Mapping[str, Any]], tuple[Port, ...]]


@dataclass(frozen=True)
class NodeType:
    """A kind of node: its identity, looks, ports and config schema.

    Output ports are `outputs`, unless `dynamic_outputs` derives them from the
    node's config (switch cases, split branches).
    """

    id: str
    version: int
    kind: NodeKind
    title: Text
    description: Text
    icon: str
    fields: tuple[ConfigField, ...]
    outputs: tuple[Port, ...] = ()
    inputs: tuple[Port, ...] = ()
    dynamic_outputs: PortsFromConfig | None = None
    aliases: tuple[str, ...] = ()
    summary: Callable[[Mapping[str, Any], str], str] | None = field(default=None, compare=False)

    def output_ports(self, config: Mapping[str, Any] | None = None) -> tuple[Port, ...]:
        """The output ports for a node of this type with the given config."""
        if self.dynamic_outputs is not None:
            return self.dynamic_outputs(config if config is not None else self.default_config())
        return self.outputs

    def field(self, name: str) -> ConfigField | None:
        return next((f for f in self.fields if f.name == name), None)

    def default_config(self) -> dict[str, Any]:
        """A fresh config dict holding every field's default (deep-copied)."""
        return {f.name: copy.deepcopy(f.default) for f in self.fields}
