"""Caudal's Qt designer: the canvas, panels and main window (reads runtime/ through its API)."""

from designer.stdlib_distutils import use_stdlib_distutils

use_stdlib_distutils()  # before any module imports NodeGraphQt
