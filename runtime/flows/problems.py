"""`Problem`: one thing `validate` found wrong with a flow, the codes it uses, and `ActivationRefused`."""

from __future__ import annotations

from dataclasses import dataclass

from runtime.catalog.types import Text
from runtime.i18n import tr

# Every code `validate` reports (see its module docstring for the order problems come in).
CODES = (
    "no_trigger",
    "bad_reenrollment",
    "bad_goal",
    "bad_timezone",
    "bad_max_steps",
    "unknown_type",
    "missing_config",
    "invalid_config",
    "dangling_edge",
    "duplicate_edge",
    "wrong_port",
    "unreachable",
    "loop_without_wait",
)
# Reported at activation, where the database is at hand (runtime.crm.connections.crm_problem,
# runtime.crm.writable.read_only_problems).
ACTIVATION_CODES = ("unknown_crm", "read_only_field")


@dataclass(frozen=True)
class Problem:
    """A validation problem. `node_id` is None for flow-level problems; `field` names
    the config field (or setting) concerned, when there is one."""

    code: str
    node_id: str | None
    message: Text
    field: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The JSON shape used by `flows validate/show --json`."""
        return {
            "code": self.code,
            "node_id": self.node_id,
            "field": self.field,
            "message": self.message.as_dict(),
        }


class ActivationRefused(Exception):
    """A flow was not switched on: its draft has `problems` (raised by `runtime.engine.activation`).

    Lives here, beside `Problem`, so the designer can catch it without importing the engine.
    """

    def __init__(self, flow_name: str, problems: list[Problem], lines: dict[str, list[str]]) -> None:
        self.flow_name = flow_name
        self.problems = list(problems)
        self._lines = lines
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        head = tr(lang, "The flow «{name}» cannot be activated:", name=self.flow_name)
        return "\n".join([head, *(self._lines.get(lang) or self._lines["en"])])
