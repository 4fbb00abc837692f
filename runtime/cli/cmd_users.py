"""Placeholder: `users` commands."""


def register(sub, parent):
    pass
