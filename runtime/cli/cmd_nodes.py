"""Placeholder: `nodes` commands."""


def register(sub, parent):
    pass
