"""Placeholder: `contacts` commands."""


def register(sub, parent):
    pass
