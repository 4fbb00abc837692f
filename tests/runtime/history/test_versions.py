"""Frozen versions as the history reads them: through the format's migrations, cached, tolerant."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import insert

from runtime.history.versions import version_info
from runtime.store.schema_flows import flow_versions, flows

V0 = Path(__file__).parents[1] / "flows" / "fixtures" / "v0_welcome.json"


def _store(db, doc) -> int:
    with db.begin() as conn:
        conn.execute(insert(flows).values(id="f", name="F", document=doc, created_at=0, updated_at=0))
        return conn.execute(insert(flow_versions).values(flow_id="f", version=1, document=doc,
                                                         created_at=0)).inserted_primary_key[0]


def test_an_old_format_version_reads_with_current_types_and_its_edges(db) -> None:
    vid = _store(db, json.loads(V0.read_text(encoding="utf-8")))
    with db.begin() as conn:
        info = version_info(conn, vid)
    assert info.node_type("n-mail") == "action.send_email"
    assert info.nodes["n-wait"].kind == "wait" and info.title("n-wait") == "Dos días"
    assert info.triggers() == ["n-trigger"]
    assert ("n-if", "yes", "n-task") in info.edges and len(info.edges) == 5


def test_a_version_no_caudal_wrote_shows_node_ids(db) -> None:
    vid = _store(db, {"nodes": [{"id": "x", "type": "wait.duration"}]})
    with db.begin() as conn:
        info = version_info(conn, vid)
        missing = version_info(conn, vid + 1)
    assert info.nodes == {} and info.title("x") == "x"
    assert missing.nodes == {}
