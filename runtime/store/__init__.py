"""Storage: SQLAlchemy tables, database opening and migrations."""
