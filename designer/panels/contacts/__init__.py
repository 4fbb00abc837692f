"""The contacts view over the local CRM: paged model, table, detail dialog, CSV import."""
