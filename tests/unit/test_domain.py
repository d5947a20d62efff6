"""Domain entities validate themselves; Indonesian dates match the CLDR forms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from meja_redaksi.domain import (
    Article,
    ArticleRef,
    Comment,
    Desk,
    Person,
    Photo,
    RefKind,
    Role,
    ValidationError,
    count_words,
    format_dateline,
    format_long_date,
    new_id,
    parse_long_date,
    reading_minutes,
    slugify,
)
from meja_redaksi.domain.dates import find_long_date
from meja_redaksi.workflow import publish_problems, submit_problems


def test_seed_dates() -> None:
    assert format_long_date(date(2018, 5, 2)) == "Rabu, 02 Mei 2018"
    assert format_dateline(date(2018, 4, 30)) == "Senin (30/4)"
    assert parse_long_date("Rabu, 02 Mei 2018") == date(2018, 5, 2)
    assert parse_long_date("Jum'at, 20 April 2018") == date(2018, 4, 20)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_long_date_matches_babel_and_parses_back(value: date) -> None:
    assert format_long_date(value) == format_date(value, "EEEE, dd MMMM yyyy", locale="id")
    assert parse_long_date(format_long_date(value)) == value


@pytest.mark.parametrize(
    "text", ["", "Rabu 02 Mei 2018", "Rabu, 31 Februari 2018", "Foo, 02 Mei 2018"]
)
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_long_date(text)


def test_find_long_date_skips_non_dates() -> None:
    found = find_long_date("Rabu, 02 Mei 2018 Reporter: Mustaqim Amna")
    assert found is not None and found[0] == date(2018, 5, 2)
    assert find_long_date("Halo, 02 Mei 2018") is None


def test_datetime_is_formatted_by_its_date() -> None:
    moment = datetime(2018, 5, 2, 23, 30, tzinfo=UTC)
    assert format_long_date(moment) == "Rabu, 02 Mei 2018"


def test_article_validation() -> None:
    with pytest.raises(ValidationError):
        Article(id="not-a-uuid")
    with pytest.raises(ValidationError):
        Article(headline="x" * 301)
    with pytest.raises(ValidationError):
        Article(view_count=-1)
    with pytest.raises(ValidationError):
        Article(created_at=datetime(2020, 1, 1))
    with pytest.raises(ValidationError):
        Article(slug="Bad Slug")
    article = Article(headline="  Gubernur   Bahas  ", tags=["Jakarta", "jakarta ", "", "LA"])
    assert article.headline == "Gubernur Bahas"
    assert article.tags == ["Jakarta", "LA"]


def test_article_photo_ids_and_refs() -> None:
    main, other = new_id(), new_id()
    article = Article(
        main_photo_id=main,
        gallery=[other, main],
        related=[
            ArticleRef("A", RefKind.RELATED),
            ArticleRef("B", RefKind.POPULAR),
        ],
    )
    assert article.photo_ids == [main, other]
    assert [r.headline for r in article.refs(RefKind.POPULAR)] == ["B"]
    assert article.copy(headline="Baru").headline == "Baru"
    with pytest.raises(ValidationError):
        article.copy(main_photo_id="x")


def test_person_and_desk_validation() -> None:
    person = Person("rezap", "Reza Pratama", frozenset({Role.PHOTOGRAPHER}), code="rezap")
    assert person.has_role(Role.PHOTOGRAPHER)
    with pytest.raises(ValidationError):
        Person("Bad Name", "X", frozenset({Role.REPORTER}))
    with pytest.raises(ValidationError):
        Person("x", "X", frozenset())
    with pytest.raises(ValidationError):
        Person("x", "X", frozenset({"chief"}))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Desk("", "x")
    assert Desk("Pemerintahan", "pemerintahan").name == "Pemerintahan"


def test_photo_file_name_never_carries_a_path() -> None:
    photo = Photo(original_filename="../../etc/passwd\\evil.jpg")
    assert photo.original_filename == "evil.jpg"
    assert not photo.file_present
    with pytest.raises(ValidationError):
        Photo(sha256="abc")
    with pytest.raises(ValidationError):
        Photo(gps_latitude=91.0)


def test_comment_mentions() -> None:
    comment = Comment(
        new_id(), new_id(), "Tolong cek @toni.r dan @mustaqim, juga @toni.r lagi; bukan a@b"
    )
    assert comment.mentions == ["toni.r", "mustaqim"]
    with pytest.raises(ValidationError):
        Comment(new_id(), new_id(), "   ")


def test_words_reading_time_slug() -> None:
    assert count_words("Gubernur **DKI** [Jakarta](https://x.id) bahas 2 hal.") == 6
    assert reading_minutes(0) == 0
    assert reading_minutes(50) == 1
    assert reading_minutes(1000) == 5
    assert slugify("Gubernur Ingin Kerja Sama Sister City — Diperkuat!") == (
        "gubernur-ingin-kerja-sama-sister-city-diperkuat"
    )
    assert slugify("!!!") == "artikel"


def test_submit_and_publish_rules() -> None:
    photo = Photo(title="Foto", caption="", credit="Foto: Reza")
    article = Article()
    problems = submit_problems(article, [photo])
    assert any("headline" in p for p in problems)
    assert any("Foto" in p and "caption" in p for p in problems)
    ready = Article(headline="H", body="Isi", desk_id=new_id())
    good = Photo(title="F", caption="C", credit="Foto: R", sha256="a" * 64)
    assert submit_problems(ready, [good]) == []
    assert publish_problems(ready, [good]) == []
    absent = Photo(title="Tanpa berkas", caption="C", credit="R")
    assert publish_problems(ready, [absent]) == ["the file of photo 'Tanpa berkas' is missing"]
    assert (ready.updated_at - ready.created_at) < timedelta(seconds=1)
