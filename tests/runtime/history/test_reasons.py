"""Reason sentences of step rows (runtime/history/reasons.py): a step held by a paused connection."""

from __future__ import annotations

from runtime.history.reasons import meaning


def test_a_held_step_says_which_connection_it_waits_for() -> None:
    detail = {"held": "acme", "until": "2027-01-15T08:05:00Z"}
    error = "the connection «acme» is paused (auth): HubSpot: HTTP 401; check the token"
    en = meaning("action", "action.create_task", "waiting", detail, error, "en")
    es = meaning("action", "action.create_task", "waiting", detail, error, "es")
    assert en.state == "waiting" and "«acme», which is paused" in en.reason and "check the token" in en.reason
    assert "en pausa" in es.reason and en.until == es.until and en.until is not None
    plain = meaning("wait", "wait.duration", "waiting", {"until": "2027-01-15T08:05:00Z"}, None, "en")
    assert plain.reason.startswith("Waiting until")
