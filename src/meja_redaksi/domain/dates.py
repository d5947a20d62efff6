"""Indonesian date forms used by the portal: ``Rabu, 02 Mei 2018`` and datelines ``Senin (30/4)``."""

from __future__ import annotations

import re
from datetime import date, datetime

from meja_redaksi.domain.errors import ValidationError

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_MONTH_BY_NAME = {name.lower(): index for index, name in enumerate(MONTH_NAMES, start=1)}
# "Jum'at" and "Ahad" appear in older pages of the portal.
_DAY_ALIASES = {"jum'at": "jumat", "ahad": "minggu"}
_LONG_DATE = re.compile(
    r"(?P<day>[A-Za-z']+),\s+(?P<dd>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<yyyy>\d{4})"
)


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def day_name(value: date | datetime) -> str:
    """Return the Indonesian name of the weekday of ``value``."""
    return DAY_NAMES[_as_date(value).weekday()]


def format_long_date(value: date | datetime) -> str:
    """Format as the portal's article header does: ``Rabu, 02 Mei 2018``."""
    d = _as_date(value)
    return f"{DAY_NAMES[d.weekday()]}, {d.day:02d} {MONTH_NAMES[d.month - 1]} {d.year}"


def format_dateline(value: date | datetime) -> str:
    """Format a dateline as news copy writes it: ``Senin (30/4)``."""
    d = _as_date(value)
    return f"{DAY_NAMES[d.weekday()]} ({d.day}/{d.month})"


def format_datetime(value: datetime) -> str:
    """Format a date and time for lists and histories: ``Rabu, 02 Mei 2018 14:05``."""
    return f"{format_long_date(value)} {value:%H:%M}"


def find_long_date(text: str) -> tuple[date, re.Match[str]] | None:
    """Find the first ``Hari, DD Bulan YYYY`` date in ``text``; return it with its match."""
    for match in _LONG_DATE.finditer(text):
        parsed = _date_from_match(match)
        if parsed is not None:
            return parsed, match
    return None


def _date_from_match(match: re.Match[str]) -> date | None:
    day = match["day"].lower()
    day = _DAY_ALIASES.get(day, day)
    if day not in {d.lower() for d in DAY_NAMES}:
        return None
    month = _MONTH_BY_NAME.get(match["month"].lower())
    if month is None:
        return None
    try:
        return date(int(match["yyyy"]), month, int(match["dd"]))
    except ValueError:
        return None


def parse_long_date(text: str) -> date:
    """Parse ``Rabu, 02 Mei 2018``; raise :class:`ValidationError` on anything else.

    The weekday name is checked for being a weekday name but not against the date, since the portal's
    own pages sometimes carry a wrong weekday and the date is what counts.
    """
    match = _LONG_DATE.fullmatch(text.strip())
    parsed = _date_from_match(match) if match else None
    if parsed is None:
        raise ValidationError(f"not an Indonesian date like 'Rabu, 02 Mei 2018': {text!r}")
    return parsed
