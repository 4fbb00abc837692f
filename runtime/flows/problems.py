"""`Problem`: one thing `validate` found wrong with a flow, and the codes it uses."""

from __future__ import annotations

from dataclasses import dataclass

from runtime.catalog.types import Text

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
