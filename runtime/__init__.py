"""Caudal's headless core: catalog, flows, storage, CRMs, engine, channels, CLI.

Nothing under runtime/ imports Qt, NodeGraphQt or designer/.
"""

__version__ = "0.1.0"
