"""Stored time text: round-trips exactly and sorts in time order (list sorting relies on it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meja_redaksi.store.types import time_from_db, time_to_db

aware = st.datetimes(
    min_value=datetime(1000, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=-5))]),
)


@given(aware, aware)
def test_round_trip_and_order(first: datetime, second: datetime) -> None:
    a, b = time_to_db(first), time_to_db(second)
    assert a is not None and b is not None
    assert len(a) == len(b) == 26
    assert time_from_db(a) == first and time_from_db(b) == second
    assert (a < b) == (first < second)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        time_to_db(datetime(2018, 5, 2))
    assert time_to_db(None) is None and time_from_db(None) is None
