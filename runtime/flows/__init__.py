"""Flow documents: model, file format, migrations, validation."""
