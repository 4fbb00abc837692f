"""Dialogs of the designer shell: questions, settings, run flow, versions."""
