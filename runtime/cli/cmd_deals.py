"""Placeholder: `deals` commands."""


def register(sub, parent):
    pass
