"""The schema-version fast path: the head read from the revision files is Alembic's, and
anything uncertain sends the open through Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from runtime.store.db import open_database
from runtime.store.migrate import alembic_config, head_revision
from runtime.store.revision import chain_head, is_current


def _revision_file(folder: Path, name: str, revision: str, down: str) -> None:
    (folder / f"{name}.py").write_text(
        f'"""A revision.\n\nRevision ID: {revision}\nRevises: x\n"""\n\nrevision = "{revision}"\n'
        f"down_revision = {down}\nbranch_labels = None\n", encoding="utf-8")


def test_head_of_the_real_chain_is_alembics() -> None:
    assert chain_head() == head_revision()


def test_head_of_a_chain_with_a_merge(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    _revision_file(tmp_path, "a", "0001", "None")
    _revision_file(tmp_path, "b", "0002", '"0001"  # after "0003" once')
    _revision_file(tmp_path, "c", "0003", '"0001"')
    _revision_file(tmp_path, "d", "0004", '("0002", "0003")')
    assert chain_head(tmp_path) == "0004"


def test_two_heads_are_not_guessed(tmp_path: Path) -> None:
    _revision_file(tmp_path, "a", "0001", "None")
    _revision_file(tmp_path, "b", "0002", '"0001"')
    _revision_file(tmp_path, "c", "0003", '"0001"')
    assert chain_head(tmp_path) is None


def test_a_file_it_cannot_read_makes_the_head_unknown(tmp_path: Path) -> None:
    _revision_file(tmp_path, "a", "0001", "None")
    (tmp_path / "b.py").write_text('revision = make_id()\ndown_revision = "0001"\n', encoding="utf-8")
    assert chain_head(tmp_path) is None


def test_is_current_only_for_a_database_stamped_at_head(tmp_path: Path) -> None:
    fresh = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert is_current(fresh) is False  # no alembic_version table
    finally:
        fresh.dispose()
    db = open_database(str(tmp_path / "m.db"))
    try:
        assert is_current(db.engine) is True
        with db.begin() as conn:
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
        assert is_current(db.engine) is False  # two stamps: Alembic must look
        with db.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version WHERE version_num = '0001'"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        assert is_current(db.engine) is False
    finally:
        db.dispose()


def test_opening_a_database_behind_head_migrates_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
    finally:
        engine.dispose()
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [(head_revision(),)]
            assert "visit" in {c["name"] for c in inspect(conn).get_columns("work_items")}
    finally:
        db.dispose()
