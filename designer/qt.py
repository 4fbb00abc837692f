"""Import NodeGraphQt the one safe way: with the PySide6 binding chosen first.

Every designer module imports NodeGraphQt names from here, never directly, so the
Qt.py shim inside NodeGraphQt can never pick another binding.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from NodeGraphQt import BaseNode, NodeGraph  # noqa: E402
from NodeGraphQt.constants import LayoutDirectionEnum, PipeEnum, PortEnum  # noqa: E402
from NodeGraphQt.qgraphics.node_abstract import AbstractNodeItem  # noqa: E402
from NodeGraphQt.qgraphics.node_base import NodeItem  # noqa: E402
from NodeGraphQt.qgraphics.node_overlay_disabled import XDisabledItem  # noqa: E402
from NodeGraphQt.qgraphics.pipe import PIPE_STYLES, PipeItem  # noqa: E402
from NodeGraphQt.qgraphics.port import PortItem  # noqa: E402

HORIZONTAL = LayoutDirectionEnum.HORIZONTAL.value
VERTICAL = LayoutDirectionEnum.VERTICAL.value

__all__ = ["HORIZONTAL", "PIPE_STYLES", "VERTICAL", "AbstractNodeItem", "BaseNode", "NodeGraph", "NodeItem", "PipeEnum",
           "PipeItem", "PortEnum", "PortItem", "XDisabledItem"]
