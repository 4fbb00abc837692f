"""Placeholder: `flows` commands."""


def register(sub, parent):
    pass
