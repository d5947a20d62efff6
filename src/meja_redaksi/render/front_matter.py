"""Typed reading of a YAML front matter mapping, with one-line errors that name the key."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from meja_redaksi.domain.errors import UserError
from meja_redaksi.render.context import JAKARTA, date_to_datetime

MAX_LIST_ITEMS = 500
"""No list in an article's front matter is longer (tags, gallery, references)."""
PEOPLE_KEYS = ("reporter", "editor", "photographer")
"""Keys naming a person: a mapping of ``username`` and ``name``, or just the user name."""


class FrontMatterFields:
    """Typed access to a front matter mapping, with one-line errors naming the key."""

    def __init__(self, data: dict[str, Any], where: str = "") -> None:
        self.data = data
        self.where = where

    def fail(self, key: str, wanted: str) -> UserError:
        """The error for ``key`` not being ``wanted``."""
        value = repr(self.data.get(key))
        value = value if len(value) <= 40 else value[:37] + "..."
        return UserError(f"front matter: '{self.where}{key}' must be {wanted}, not {value}")

    def text(self, key: str) -> str | None:
        """A text value (numbers are read as text), or None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(key, "text")
        return str(value)

    def number(self, key: str) -> int | None:
        """A whole number of at least 0, or None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(key, "a whole number of at least 0")
        return value

    def identifier(self, key: str) -> str | None:
        """A UUID in canonical form, or None when absent."""
        value = self.text(key)
        if value is None:
            return None
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.fail(key, "an id (a UUID)") from None

    def text_list(self, key: str) -> list[str] | None:
        """A list of texts, or None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
            raise self.fail(key, "a list of words")
        if len(value) > MAX_LIST_ITEMS:
            raise self.fail(key, f"a list of at most {MAX_LIST_ITEMS} items")
        return [str(v) for v in value]

    def mapping(self, key: str) -> FrontMatterFields | None:
        """A nested mapping (a bare user name for a person key), or None when absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str) and key in PEOPLE_KEYS:
            return FrontMatterFields({"username": value}, f"{self.where}{key}.")
        if not isinstance(value, dict):
            raise self.fail(key, "a mapping")
        return FrontMatterFields(value, f"{self.where}{key}.")

    def moment(self, key: str) -> datetime | None:
        """A UTC datetime from an ISO date or time; naive times and dates are Jakarta's."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            text = value.strip()
            try:
                value = (
                    date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
                )
            except ValueError:
                raise self.fail(key, "a date or time like 2018-05-02T14:05:00+07:00") from None
        if isinstance(value, datetime):
            return (value if value.tzinfo else value.replace(tzinfo=JAKARTA)).astimezone(UTC)
        if isinstance(value, date):
            return date_to_datetime(value)
        raise self.fail(key, "a date or time like 2018-05-02T14:05:00+07:00")

    def day(self, key: str) -> date | None:
        """A calendar date (a time is read in Jakarta), or None when absent."""
        value = self.data.get(key)
        if isinstance(value, str) and len(value.strip()) == 10:
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail(key, "a date like 2018-05-02") from None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        moment = self.moment(key)
        return moment.astimezone(JAKARTA).date() if moment else None
