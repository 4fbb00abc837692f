"""Lets the catalog tests import their shared `catalog_samples` module."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
