"""CRM connections in the designer: the connections dialog, the flow's CRM choice, the
status-bar queue/quota display and the pickers' field source (`install_connections`)."""

from designer.connections.install import install_connections

__all__ = ["install_connections"]
