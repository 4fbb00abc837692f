"""The shared request budget: two runtimes (two clients, two Database handles) on one database
spend one token's allowance, against the loopback fake HubSpot that counts requests."""

from __future__ import annotations

import pytest

from runtime.crm.http.shared import SharedBucket, default_batch
from runtime.crm.hubspot import HubSpotApi
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot
from tests.runtime.crm.office_support import T0, FakeTime, two_handles

RATE, BURST = 19, 190  # HubSpot's default bucket (runtime/crm/hubspot/api.py)


@pytest.fixture
def dbs(db):
    yield from two_handles(db)


def client(fake: FakeHubSpot, httpserver, clock: FakeTime, db=None) -> HubSpotApi:
    api = HubSpotApi(TOKEN, httpserver.url_for("/").rstrip("/"), sleep=clock.sleep, clock=clock, wall=clock)
    if db is not None:
        api.http.share_budget(db, "acme")
    return api


def first_window(clients: list[HubSpotApi], clock: FakeTime, fake: FakeHubSpot, calls: int) -> int:
    """Make `calls` requests per client, in turn; return how many the fake got in the first 10 s."""
    stamps = []
    for _ in range(calls):
        for api in clients:
            api.get("/crm/v3/owners")
            stamps.append(clock.t)
    assert len(fake.requests) == calls * len(clients)
    return sum(1 for s in stamps if s < T0 + 10)


def test_two_runtimes_share_one_budget(dbs, httpserver) -> None:
    fake, clock = FakeHubSpot(httpserver), FakeTime()
    a, b = (client(fake, httpserver, clock, db) for db in dbs)
    in_window = first_window([a, b], clock, fake, 300)
    # One bucket: the burst plus 10 s of refill, whoever sends.
    assert BURST <= in_window <= BURST + RATE * 10
    assert clock.t - T0 >= (600 - BURST) / RATE - 1  # 600 calls took the one budget's time
    # Cheap: a round-trip per batch of tokens, not per request.
    trips = sum(bucket.round_trips for api in (a, b) for bucket in api.http.limiters.values())
    assert trips <= 600 / default_batch(BURST) * 2


def test_separate_buckets_spend_the_allowance_twice(httpserver) -> None:
    """What happened before: each process its own bucket, the token's allowance spent twice."""
    fake, clock = FakeHubSpot(httpserver), FakeTime()
    a, b = client(fake, httpserver, clock), client(fake, httpserver, clock)
    assert first_window([a, b], clock, fake, 300) > BURST + RATE * 10


def test_a_throttled_runtime_drains_the_budget_for_both(dbs) -> None:
    clock = FakeTime()
    a, b = (SharedBucket(db, "acme", "default", RATE, BURST, clock=clock, sleep=clock.sleep) for db in dbs)
    a.acquire()
    assert b.available == pytest.approx(BURST - default_batch(BURST))
    a.drain()
    assert b.available == 0
    batch = default_batch(BURST)
    assert b.acquire() == pytest.approx(batch / RATE)  # waited for a batch of tokens to refill
    assert clock.t == pytest.approx(T0 + batch / RATE)


def test_an_unused_reservation_is_dropped_not_spent_later(dbs) -> None:
    clock = FakeTime()
    a = SharedBucket(dbs[0], "acme", "default", RATE, BURST, batch=5, hold=1.0, clock=clock, sleep=clock.sleep)
    a.acquire()
    assert a.round_trips == 1 and a._local == 4
    a.acquire()
    assert a.round_trips == 1  # from the reservation
    clock.t += 2.0
    a.acquire()
    assert a.round_trips == 2 and a._local == 4  # the 3 left over were dropped


def test_a_removed_connection_forgets_its_budget(dbs, memory_keyring) -> None:
    from sqlalchemy import func, select

    from runtime.crm import connections
    from runtime.store.schema_runtime import poll_leases, request_budgets

    db = dbs[0]
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url="http://127.0.0.1:9")
    SharedBucket(db, "acme", "default", RATE, BURST).acquire()
    connections.remove_connection(db, "acme")
    with db.begin() as conn:
        assert conn.execute(select(func.count()).select_from(request_budgets)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(poll_leases)).scalar() == 0


def test_a_clock_behind_the_rows_waits_for_it_in_one_sleep_and_never_overspends(dbs) -> None:
    ahead, behind = FakeTime(), FakeTime()
    behind.t = T0 - 300  # another machine's clock, 5 minutes slow
    a = SharedBucket(dbs[0], "acme", "default", RATE, BURST, clock=ahead, sleep=ahead.sleep)
    b = SharedBucket(dbs[1], "acme", "default", RATE, BURST, batch=1, clock=behind, sleep=behind.sleep)
    a.drain()
    trips = b.round_trips
    waited = b.acquire()
    assert waited == pytest.approx(300 + 1 / RATE) and b.round_trips == trips + 2
