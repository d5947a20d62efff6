"""Column types: UTC times stored as fixed-width text (sortable), lists stored as JSON text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # what time_to_db writes (it uses the faster isoformat)


def time_to_db(value: datetime | None) -> str | None:
    """Format an aware time as UTC text that sorts in time order (``2018-05-02 07:30:00.000000``)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("times stored in the store must carry a time zone")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def time_from_db(value: str | None) -> datetime | None:
    """Parse text written by :func:`time_to_db` back into an aware UTC time."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def day_start_to_db(day: date) -> str:
    """The stored form of the first instant of ``day`` (UTC)."""
    return f"{day.isoformat()} 00:00:00.000000"


def day_end_to_db(day: date) -> str:
    """The stored form of the last instant of ``day`` (UTC)."""
    return f"{day.isoformat()} 23:59:59.999999"


class UTCTime(TypeDecorator[datetime]):
    """An aware datetime kept as fixed-width UTC text."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Aware time to stored text."""
        return time_to_db(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        """Stored text to aware time."""
        return time_from_db(value)


class DateText(TypeDecorator[date]):
    """A calendar date kept as ISO text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        """Date to ISO text."""
        return None if value is None else value.isoformat()

    def process_result_value(self, value: Any | None, dialect: Dialect) -> date | None:
        """ISO text to date."""
        return None if value is None else date.fromisoformat(value)


class JSONList(TypeDecorator[list[str]]):
    """A list of strings kept as JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        """List to JSON text."""
        return json.dumps(list(value or []), ensure_ascii=False)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> list[str]:
        """JSON text to list."""
        return [str(v) for v in json.loads(value)] if value else []
