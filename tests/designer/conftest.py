"""Designer tests run offscreen with the PySide6 binding chosen for NodeGraphQt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
