"""The Tasks page: the local CRM's tasks (due, overdue, owner, contact, done), and marking them done."""
