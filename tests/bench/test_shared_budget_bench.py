"""One token, one budget (make bench): requests the loopback fake HubSpot gets from 1 and 2
runtimes that each want to send as fast as they may, on fake time (sleeps move a shared clock).

Printed: requests in the first 10 s window and over 60 s for one runtime, two runtimes with
separate in-process buckets (the design before) and two sharing the budget through the
database, plus the database round-trips per request that sharing costs. All counts are
machine-independent; HubSpot's default bucket is 190 burst + 19/s (about 190 per 10 s).
"""

from __future__ import annotations

from pathlib import Path

from runtime.crm.hubspot import HubSpotApi
from runtime.store.db import open_database
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot
from tests.runtime.crm.office_support import T0, FakeTime

SPAN = 60.0


def _run(fake: FakeHubSpot, runtimes: int, dbs: list | None) -> tuple[int, int, float]:
    """(requests in [0, 10 s), requests in [0, 60 s), round-trips per request)."""
    fake.requests.clear()
    clock = FakeTime()
    clients = []
    for i in range(runtimes):
        api = HubSpotApi(TOKEN, fake.server.url_for("/").rstrip("/"), sleep=clock.sleep, clock=clock, wall=clock)
        if dbs is not None:
            api.http.share_budget(dbs[i], f"acme{runtimes}")  # a fresh budget per case
        clients.append(api)
    stamps: list[float] = []
    while clock.t < T0 + SPAN:
        for api in clients:  # each runtime sends as soon as its limiter lets it
            api.get("/crm/v3/owners")
            stamps.append(clock.t)
    assert len(fake.requests) == len(stamps)
    trips = sum(getattr(b, "round_trips", 0) for api in clients for b in api.http.limiters.values())
    return (sum(s < T0 + 10 for s in stamps), sum(s < T0 + SPAN for s in stamps),
            trips / max(1, len(stamps)))


def test_requests_per_window_one_vs_two_runtimes(tmp_path: Path, httpserver) -> None:
    path = str(tmp_path / "budget.db")
    dbs, fake = [open_database(path), open_database(path)], FakeHubSpot(httpserver)
    try:
        rows = [("1 runtime (in-process bucket)", _run(fake, 1, None)),
                ("2 runtimes, separate buckets (before)", _run(fake, 2, None)),
                ("1 runtime, shared budget", _run(fake, 1, dbs[:1])),
                ("2 runtimes, shared budget (now)", _run(fake, 2, dbs))]
    finally:
        for db in dbs:
            db.dispose()
    print(f"\nHubSpot default bucket (190 burst + 19/s), requests the token spent, fake time {SPAN:.0f} s:")
    for name, (first, total, trips) in rows:
        print(f"  {name:40s} first 10 s: {first:4d}   {SPAN:.0f} s: {total:5d}   DB round-trips/request: {trips:.2f}")
    one, before, now = rows[0][1], rows[1][1], rows[3][1]
    print(f"  2 runtimes / 1 runtime, first 10 s: before {before[0] / one[0]:.2f}x, now {now[0] / one[0]:.2f}x")
    assert now[0] <= one[0] + 1 and before[0] > 1.5 * one[0]
