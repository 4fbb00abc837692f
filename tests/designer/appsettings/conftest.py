"""Fixtures for the settings page tests: the designer shell's temp database, settings and window."""

from tests.designer.shell_fixtures import db, make_window, settings, translators  # noqa: F401
