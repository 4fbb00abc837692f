"""Chaos: real `run` processes killed, stopped and racing on one database; the figures are printed.

The fast cases run in `make test`; the `chaos`-marked ones are the issue's full sizes
(`make chaos`). Expected everywhere: nothing lost, nothing delivered twice without the history
saying `uncertain`, every contact enrolled once.
"""

from __future__ import annotations

import random

import pytest

from runtime.crm.local import LocalCrm
from runtime.store.db import open_database
from tests.runtime.chaos import scenarios


def _sound(figures) -> None:
    assert figures.lost == 0
    assert figures.enrolled_twice == 0
    assert figures.silent_total == 0, figures.silent


def _crm_written(url: str, contacts: int) -> None:
    db = open_database(url, migrate=False)
    try:
        crm = LocalCrm(db)
        for i in random.Random(7).sample(range(contacts), 20):
            contact = crm.get_contact(f"p{i}@example.es")
            assert "hecho" in contact["tags"] and contact["lifecycle_stage"] == "lead"
    finally:
        db.dispose()


@pytest.mark.timeout(240)
def test_two_runtimes_one_clock_301_s_ahead_send_each_call_once(db_url):
    figures = scenarios.skewed_runtimes(db_url, contacts=200, delay=0.25)
    figures.report("two runtimes, the second's clock 301 s ahead")
    _sound(figures)
    assert figures.duplicates["webhook"] == 0 and figures.uncertain == 0  # nothing was even in doubt


@pytest.mark.timeout(240)
def test_two_runtimes_started_at_once_on_a_fresh_database_enroll_each_contact_once(db_url):
    figures = scenarios.fresh_start(db_url, contacts=2000)
    figures.report("two runtimes started at once on a fresh database")
    _sound(figures)
    assert figures.duplicates["webhook"] == 0


@pytest.mark.timeout(300)
def test_sigkill_rounds_lose_nothing_and_repeat_nothing_silently(db_url):
    figures = scenarios.sigkill_rounds(db_url, contacts=400, kills=3, deadline=180)
    figures.report("SIGKILL rounds (fast)")
    _sound(figures)
    _crm_written(db_url, 400)
    assert figures.numbers["stalled restarts"] == 0 and figures.numbers["handovers by missed heartbeats"] == 0


@pytest.mark.timeout(240)
def test_sigterm_stops_run_promptly_and_starts_no_new_call(db_url):
    figures = scenarios.stop_promptly(db_url, contacts=160, delay=0.5)
    figures.report("SIGTERM while calling a webhook answering in 0.5 s")
    _sound(figures)
    assert figures.extra["exit code"] == 0
    # at most the calls in hand when the signal came: one round of parallel calls
    assert figures.numbers["late"] <= 8


@pytest.mark.chaos
@pytest.mark.timeout(1800)
def test_chaos_two_runtimes_2000_contacts_slow_webhook(db_url):
    figures = scenarios.skewed_runtimes(db_url, contacts=2000, delay=0.2, deadline=900)
    figures.report("CHAOS two runtimes, one clock 301 s ahead, webhook answering in 0.2 s")
    _sound(figures)


@pytest.mark.chaos
@pytest.mark.timeout(3600)
def test_chaos_20_sigkills_over_2000_contacts(db_url):
    figures = scenarios.sigkill_rounds(db_url, contacts=2000, kills=20, deadline=300)
    figures.report("CHAOS 20 SIGKILL rounds over 2,000 contacts (webhook, SMTP, CRM write)")
    _sound(figures)
    _crm_written(db_url, 2000)


@pytest.mark.chaos
@pytest.mark.timeout(900)
def test_chaos_sigterm_with_600_queued_calls(db_url):
    figures = scenarios.stop_promptly(db_url, contacts=600, delay=0.5)
    figures.report("CHAOS SIGTERM with 600 calls queued to a webhook answering in 0.5 s")
    _sound(figures)
    assert figures.numbers["late"] <= 8


def _office_sound(figures, running: int) -> None:
    """Nothing lost, no idempotency key delivered twice, every repeat to a contact reported uncertain,
    and the designer's embedded runtime did part of the work."""
    _sound(figures)
    assert figures.numbers["keys_twice"] == 0
    assert figures.numbers["designer_calls"] > 0  # it made the call the services waited for
    assert figures.numbers["running at the end"] == running
    assert figures.numbers["unclean exits"] == 0  # SIGTERM: each stopped cleanly, exit 0


@pytest.mark.timeout(240)
def test_a_designer_and_two_services_send_each_webhook_once(db_url):
    figures = scenarios.office(db_url, contacts=1200, services=2)
    figures.report("a designer and 2 `run` services on one database")
    _office_sound(figures, running=3)
    assert figures.duplicates["webhook"] == 0 and figures.uncertain == 0


@pytest.mark.chaos
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("kill", [False, True], ids=["", "one SIGKILLed"])
@pytest.mark.parametrize("services", [2, 3])
def test_chaos_office_services_and_a_designer_2000_contacts(db_url, services, kill):
    figures = scenarios.office(db_url, contacts=2000, services=services, delay=0.02,
                               kill_at=700 if kill else None, deadline=600)
    title = f"CHAOS a designer and {services} `run` services, 2,000 contacts, webhook answering in 0.02 s"
    figures.report(title + (", one service SIGKILLed after 700 calls" if kill else ""))
    _office_sound(figures, running=services + 1 - kill)
    if not kill:
        assert figures.duplicates["webhook"] == 0 and figures.uncertain == 0
