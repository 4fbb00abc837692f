"""The one SQLAlchemy MetaData that every table of Caudal belongs to.

Tables are declared in `schema_flows`, `schema_crm` and `schema_runtime`; importing
this package's `schema` module loads all of them.
"""

from sqlalchemy import MetaData

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
