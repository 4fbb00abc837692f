"""Flow files for connector tests: "when FIELD changes and equals VALUE, create a task"."""

from __future__ import annotations

import json
from pathlib import Path

N = "00000000-0000-4000-8000-0000000000"


def task_flow(path: Path, crm: str, field: str, value: str, name: str = "Pro en HubSpot") -> Path:
    """Write a v1 flow file on connection `crm`: contact_updated(field) -> if field == value -> task."""
    def node(i: int, t: str, cfg: dict, x: int) -> dict:
        return {"id": f"{N}{i:02d}", "type": t, "type_version": 1, "title": t, "config": cfg, "position": [x, 0]}

    def edge(a: int, port: str, b: int) -> dict:
        return {"from": {"node": f"{N}{a:02d}", "port": port}, "to": {"node": f"{N}{b:02d}", "port": "in"}}

    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": f"{N}00", "name": name, "description": "",
        "settings": {"reenrollment": "never", "goal": None, "timezone": "UTC", "crm": crm},
        "nodes": [
            node(1, "trigger.contact_updated", {"fields": [field], "filter": {"match": "all", "rules": []}}, 0),
            node(2, "decision.if", {"condition": {"match": "all", "rules": [
                {"field": field, "op": "equals", "value": value}]}}, 200),
            node(3, "action.create_task", {"title": "Llamar a {{ contact.first_name }}", "notes": "Plan pro",
                                           "due_in_days": 1, "assignee": "owner"}, 400),
        ],
        "edges": [edge(1, "out", 2), edge(2, "yes", 3)],
    }}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def stage_flow(path: Path, crm: str, pipeline: str, stage: str, name: str = "Ganado") -> Path:
    """A v1 flow file on `crm`: deal moved to `stage` of `pipeline` -> a task for the deal's contact."""
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": f"{N}50", "name": name, "description": "",
        "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "crm": crm},
        "nodes": [
            {"id": f"{N}51", "type": "trigger.deal_stage_changed", "type_version": 1, "title": "won",
             "config": {"pipeline": pipeline, "to_stage": stage},
             "position": [0, 0]},
            {"id": f"{N}52", "type": "action.create_task", "type_version": 1, "title": "task",
             "config": {"title": "Felicitar a {{ contact.first_name }}", "notes": "", "due_in_days": 0,
                        "assignee": "owner"}, "position": [200, 0]},
        ],
        "edges": [{"from": {"node": f"{N}51", "port": "out"}, "to": {"node": f"{N}52", "port": "in"}}],
    }}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def schedule_flow(path: Path, crm: str, cron: str = "0 9 * * *", name: str = "Cada día") -> Path:
    """A v1 flow file on `crm`: a schedule tick for contacts whose plan is pro -> add tag "diario"."""
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": f"{N}60", "name": name, "description": "",
        "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "crm": crm},
        "nodes": [
            {"id": f"{N}61", "type": "trigger.schedule", "type_version": 1, "title": "tick",
             "config": {"cron": cron, "timezone": "UTC", "filter": {"match": "all", "rules": [
                 {"field": "contact.plan", "op": "equals", "value": "pro"}]}}, "position": [0, 0]},
            {"id": f"{N}62", "type": "action.add_tag", "type_version": 1, "title": "tag",
             "config": {"tag": "diario"}, "position": [200, 0]},
        ],
        "edges": [{"from": {"node": f"{N}61", "port": "out"}, "to": {"node": f"{N}62", "port": "in"}}],
    }}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
