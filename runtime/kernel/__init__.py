"""What the engine shares with the packages below it (CRMs, channels, email): step statuses and
outcomes, merge-field templates, the step context, conditions, step details and the hot path's SQL.

It imports nothing of the runtime but `dates`, `i18n` and itself, so `crm/`, `channels/` and
`email/` use it without importing the engine (tests/runtime/test_layers.py keeps it so).
"""
