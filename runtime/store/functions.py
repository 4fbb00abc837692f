"""SQL functions that SQLAlchemy does not make portable by itself, compiled per database.

`whole_floor(x)`: the largest integer <= x, as a BIGINT. `CAST(x AS BIGINT)` is not it: SQLite
truncates and PostgreSQL rounds (23:59:59.6 became the next day's 00:00:00). This module holds the
standard form (FLOOR); SQLite's form is registered in runtime.store.sqlite_specific.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class whole_floor(FunctionElement):  # noqa: N801 - used like a SQL function: whole_floor(column / 900)
    type = BigInteger()
    inherit_cache = True


@compiles(whole_floor)
def _whole_floor(element: whole_floor, compiler: Any, **kw: Any) -> str:
    return f"CAST(FLOOR({compiler.process(element.clauses, **kw)}) AS BIGINT)"
