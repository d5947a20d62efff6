"""What the exporters take: an article with the people, desk and photos resolved from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone

from meja_redaksi.domain.entities import Article, Desk, Person, Photo

JAKARTA = timezone(timedelta(hours=7), "WIB")
"""The portal's time zone (Western Indonesian Time, no daylight saving): dates are shown in it."""
NOON = time(12, 0)


@dataclass(slots=True)
class ArticleContext:
    """An article and what its exports show by name.

    ``photos`` maps photo ids to every photo the article uses (main, gallery, inline references);
    ``revision`` is the number of the article's latest revision (the base of an edit made elsewhere).
    """

    article: Article
    desk: Desk | None = None
    reporter: Person | None = None
    editor: Person | None = None
    photographer: Person | None = None
    photos: dict[str, Photo] = field(default_factory=dict)
    revision: int = 0

    @property
    def main_photo(self) -> Photo | None:
        """The article's main photo, if the context holds it."""
        photo_id = self.article.main_photo_id
        return self.photos.get(photo_id) if photo_id else None


def local_date(value: datetime) -> date:
    """The calendar date of ``value`` in Jakarta (what the portal prints)."""
    return value.astimezone(JAKARTA).date()


def date_to_datetime(value: date) -> datetime:
    """A date with no time becomes noon in Jakarta, as UTC (the same date in every nearby zone)."""
    return datetime.combine(value, NOON, tzinfo=JAKARTA).astimezone(UTC)
