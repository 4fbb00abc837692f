"""`runtime.dates`: ISO and day/month/year dates, and why a date-like text is not one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from runtime.dates import (
    date_problem,
    is_ambiguous,
    looks_like_date,
    month_first,
    read_date,
    read_moment,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("15/01/2027", date(2027, 1, 15)),
    ("15-01-2027", date(2027, 1, 15)),
    ("15.01.2027", date(2027, 1, 15)),
    ("5/1/2027", date(2027, 1, 5)),
    ("03/04/2027", date(2027, 4, 3)),  # day first, whatever the machine's locale
    (" 2027/01/15 ", date(2027, 1, 15)),
    ("2027-1-5", date(2027, 1, 5)),
    ("2027-01-15", date(2027, 1, 15)),
    ("2027-01-15T23:30:00-05:00", date(2027, 1, 15)),
    ("2027-01-15 (aprox.)", date(2027, 1, 15)),  # the date part of an ISO start, as before
    ("29/02/2028", date(2028, 2, 29)),
])
def test_read_date(text: str, expected: date) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["", "hola", "31/02/2027", "01/15/2027", "15/01/27", "15/01-2027", "2027-13-01",
                                  "29/02/2027", "600 111 222", "91-555-1234", None])
def test_not_dates(text) -> None:
    assert read_date(text) is None


def test_read_moment_keeps_times_and_says_bare() -> None:
    assert read_moment("15/01/2027 10:30") == (datetime(2027, 1, 15, 10, 30), False)
    assert read_moment("15/01/2027") == (datetime(2027, 1, 15), True)
    assert read_moment("2027-01-15T10:00:00Z") == (datetime(2027, 1, 15, 10, tzinfo=UTC), False)
    assert read_moment(date(2027, 1, 15)) == (datetime(2027, 1, 15), True)


def test_problems_of_date_like_text() -> None:
    assert date_problem("15/01/2027") is None and date_problem("hola") is None and date_problem("") is None
    assert date_problem("01/15/2027") == ("«01/15/2027» is not a day/month/year date; if it means 15 January 2027, "
                                          "write 2027-01-15 (DD/MM/YYYY or YYYY-MM-DD)")
    assert date_problem("31/02/2027") == "«31/02/2027» is not a valid date (DD/MM/YYYY or YYYY-MM-DD)"
    assert date_problem("2027-13-01") == "«2027-13-01» is not a valid date (DD/MM/YYYY or YYYY-MM-DD)"
    assert "two-digit year" in date_problem("15/01/27")
    assert month_first("01/15/2027") == date(2027, 1, 15) and month_first("15/01/2027") is None
    assert is_ambiguous("03/04/2027") and not is_ambiguous("15/01/2027") and not is_ambiguous("04/04/2027")
    assert looks_like_date("1/2/27") and not looks_like_date("1.2.10") and not looks_like_date("1.2")
