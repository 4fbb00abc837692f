"""Placeholder: filled by the catalog work."""

TYPES: list = []
