"""Workflow transitions on stored articles: table, readiness rules, compare-and-swap, audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from meja_redaksi.domain import Action, Article, ArticleStatus, Photo, UserError
from meja_redaksi.store import Store
from meja_redaksi.workflow import TransitionError

if TYPE_CHECKING:
    from conftest import Newsroom


def _ready(store: Store, newsroom: Newsroom, **changes: object) -> Article:
    article = Article(
        headline="Pemprov DKI Tinjau Normalisasi Sungai",
        body="Isi berita.",
        reporter_id=newsroom.reporter.id,
    )
    return store.articles.save(article.copy(**changes))


def test_the_whole_road_to_publication_is_audited(
    store: Store, newsroom: Newsroom, captioned_photo: Photo
) -> None:
    article = _ready(store, newsroom)
    store.articles.transition(article.id, Action.SUBMIT, newsroom.reporter)
    editing = store.articles.transition(
        article.id, "edit", newsroom.editor, expected_state="submitted"
    )
    assert editing.status == ArticleStatus.EDITING
    assert editing.editor_id == newsroom.editor.id  # the editor who took it up
    store.articles.transition(article.id, "approve", newsroom.editor)
    when = datetime(2030, 5, 2, 7, 0, tzinfo=UTC)
    scheduled = store.articles.transition(article.id, "schedule", newsroom.chief, when=when)
    assert scheduled.scheduled_at == when
    published = store.articles.transition(article.id, "publish", newsroom.chief)
    assert published.status == ArticleStatus.PUBLISHED
    assert published.published_at is not None
    assert abs(published.published_at - datetime.now(UTC)) < timedelta(minutes=5)
    events = store.articles.audit(article.id)
    assert [(e.action, e.from_state, e.to_state) for e in events] == [
        ("submit", "draft", "submitted"),
        ("edit", "submitted", "editing"),
        ("approve", "editing", "approved"),
        ("schedule", "approved", "scheduled"),
        ("publish", "scheduled", "published"),
    ]
    assert events[0].actor_id == newsroom.reporter.id
    assert events[-1].actor_id == newsroom.chief.id
    assert store.articles.get(article.id).status == ArticleStatus.PUBLISHED


def test_return_needs_a_note_and_keeps_it_for_the_reporter(
    store: Store, newsroom: Newsroom
) -> None:
    article = _ready(store, newsroom)
    store.articles.transition(article.id, "submit", newsroom.reporter)
    with pytest.raises(TransitionError, match="note"):
        store.articles.transition(article.id, "return", newsroom.editor)
    returned = store.articles.transition(
        article.id, "return", newsroom.editor, note="Tambahkan kutipan."
    )
    assert returned.status == ArticleStatus.RETURNED
    assert returned.return_note == "Tambahkan kutipan."
    assert store.articles.audit(article.id)[-1].detail == "Tambahkan kutipan."
    again = store.articles.transition(article.id, "submit", newsroom.reporter)
    assert again.return_note == ""


def test_forbidden_action_changes_nothing(store: Store, newsroom: Newsroom) -> None:
    article = _ready(store, newsroom)
    with pytest.raises(TransitionError):
        store.articles.transition(article.id, "publish", newsroom.reporter)
    with pytest.raises(TransitionError):
        store.articles.transition(article.id, "approve", newsroom.reporter)
    assert store.articles.get(article.id).status == ArticleStatus.DRAFT
    assert store.articles.audit(article.id) == []


def test_stale_expected_state_is_refused(store: Store, newsroom: Newsroom) -> None:
    article = _ready(store, newsroom)
    store.articles.transition(article.id, "submit", newsroom.reporter)
    with pytest.raises(TransitionError, match="now 'submitted'"):
        store.articles.transition(article.id, "spike", newsroom.chief, expected_state="draft")
    assert store.articles.get(article.id).status == ArticleStatus.SUBMITTED


def test_submit_lists_what_is_missing(store: Store, newsroom: Newsroom) -> None:
    bare = store.articles.save(Article(headline="Tanpa isi"))
    with pytest.raises(UserError) as caught:
        store.articles.transition(bare.id, "submit", newsroom.chief)
    assert "body" in str(caught.value) and "desk" in str(caught.value)
    assert store.articles.get(bare.id).status == ArticleStatus.DRAFT


def test_submit_needs_caption_and_credit_on_every_photo(store: Store, newsroom: Newsroom) -> None:
    photo = store.photos.save(Photo(title="Tanpa keterangan"))
    article = _ready(store, newsroom, main_photo_id=photo.id)
    with pytest.raises(UserError, match="caption"):
        store.articles.transition(article.id, "submit", newsroom.reporter)
    store.photos.save(Photo(id=photo.id, title="Ada", caption="Keterangan", credit="Reza"))
    assert store.articles.transition(article.id, "submit", newsroom.reporter).status == "submitted"


def test_publish_needs_the_photo_file(
    store: Store, newsroom: Newsroom, captioned_photo: Photo
) -> None:
    article = _ready(store, newsroom, main_photo_id=captioned_photo.id)
    for action, actor in (("submit", newsroom.reporter), ("approve", newsroom.editor)):
        store.articles.transition(article.id, action, actor)
    with pytest.raises(UserError, match="file"):
        store.articles.transition(article.id, "publish", newsroom.chief)
    store.photos.save(Photo(**{**_photo_fields(captioned_photo), "sha256": "a" * 64}))
    published = store.articles.transition(article.id, "publish", newsroom.chief)
    assert published.status == ArticleStatus.PUBLISHED


def test_an_inactive_person_cannot_act(store: Store, newsroom: Newsroom) -> None:
    article = _ready(store, newsroom)
    gone = store.people.save(
        newsroom.reporter.__class__(
            **{
                **{
                    f: getattr(newsroom.reporter, f)
                    for f in ("username", "name", "roles", "code", "desk_id", "id")
                },
                "active": False,
            }
        )
    )
    with pytest.raises(TransitionError, match="no longer active"):
        store.articles.transition(article.id, "submit", gone)


def _photo_fields(photo: Photo) -> dict[str, object]:
    from dataclasses import fields

    return {f.name: getattr(photo, f.name) for f in fields(photo)}


def test_no_publish_or_schedule_before_the_embargo_ends(store: Store, newsroom: Newsroom) -> None:
    embargo = datetime.now(UTC) + timedelta(days=2)
    article = _ready(store, newsroom, embargo_until=embargo)
    for action, actor in (("submit", newsroom.reporter), ("approve", newsroom.editor)):
        store.articles.transition(article.id, action, actor)
    with pytest.raises(TransitionError, match="embargo"):
        store.articles.transition(article.id, "publish", newsroom.chief)
    with pytest.raises(TransitionError, match="embargo"):
        store.articles.transition(
            article.id, "schedule", newsroom.chief, when=embargo - timedelta(hours=1)
        )
    assert store.articles.get(article.id).status == ArticleStatus.APPROVED
    later = embargo + timedelta(hours=1)
    scheduled = store.articles.transition(article.id, "schedule", newsroom.chief, when=later)
    assert scheduled.scheduled_at == later
    published = store.articles.transition(article.id, "publish", newsroom.chief, when=later)
    assert published.published_at == later
