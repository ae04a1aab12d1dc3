from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from storage.models import UTCDateTime


@pytest.mark.parametrize(
    "stored",
    [
        datetime(2026, 11, 23, 13, 5, 7, 123),
        datetime(2026, 10, 25, 1, 30, fold=1),  # the hour Oslo's clocks go back
        datetime(1, 1, 1),
        datetime(9999, 12, 31, 23, 59, 59, 999999),
    ],
)
def test_a_naive_value_read_is_that_moment_in_utc(stored: datetime) -> None:
    # SQLite stores naive text: what it reads back is the same moment, aware, in UTC.
    found = UTCDateTime().process_result_value(stored, None)
    assert found == stored.replace(tzinfo=UTC) and found.tzinfo is UTC
    assert (found.fold, type(found)) == (stored.fold, datetime)


def test_an_aware_value_read_is_given_in_utc() -> None:
    oslo = timezone(timedelta(hours=1))
    found = UTCDateTime().process_result_value(datetime(2026, 11, 23, 14, 5, tzinfo=oslo), None)
    assert found == datetime(2026, 11, 23, 13, 5, tzinfo=UTC) and found.tzinfo is UTC
    assert UTCDateTime().process_result_value(None, None) is None
