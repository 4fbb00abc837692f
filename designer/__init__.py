"""Caudal's Qt designer: the canvas, panels and main window (reads runtime/ through its API)."""
