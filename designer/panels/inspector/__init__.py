"""The inspector panel: forms generated from a node type's config schema."""

from designer.panels.inspector.form import Inspector
from designer.panels.inspector.sources import Choices, FieldSource

__all__ = ["Choices", "FieldSource", "Inspector"]
