"""Flow documents: model, file format, migrations, validation and the database repository.

- `model`: Flow, Node, Edge, Endpoint, FlowSettings (plain objects).
- `fileformat`: load/loads/dump/dumps of `*.caudal.json` (v1), `FlowFileError`.
- `migrations`: the schema_version chain; `validate`: `validate(flow) -> list[Problem]`.
- `repository`: flows and their frozen versions in the database.
"""
