"""Email in the designer: SMTP accounts, templates with preview, the outbox page, notifications."""
