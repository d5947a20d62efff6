"""Workflow transitions on the server: compare-and-swap, checked again against the one table."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from meja_redaksi.domain.entities import Article, Photo
from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.domain.errors import NotFoundError, UserError, ValidationError
from meja_redaksi.portal.auth import Caller
from meja_redaksi.portal.db import Database, now
from meja_redaksi.portal.models import ArticleRow, PhotoRow
from meja_redaksi.portal.records import store_record
from meja_redaksi.workflow.rules import publish_problems, submit_problems
from meja_redaksi.workflow.transitions import TransitionError, check_transition


class ForbiddenTransition(UserError):
    """The caller's roles do not allow the action from the article's state."""


def _article_for_rules(row: ArticleRow) -> Article:
    data = row.data
    return Article(
        headline=str(data.get("headline", "")),
        body=str(data.get("body", "")),
        desk_id=row.desk_id,
        main_photo_id=data.get("main_photo_id"),
        gallery=list(data.get("gallery") or []),
        id=row.id,
    )


def _photos(rows: list[PhotoRow]) -> list[Photo]:
    return [
        Photo(
            title=str(r.data.get("title", "")),
            caption=str(r.data.get("caption", "")),
            credit=str(r.data.get("credit", "")),
            sha256=r.sha256,
            id=r.id,
        )
        for r in rows
    ]


def transition(
    db: Database,
    caller: Caller,
    article_id: str,
    action: str,
    expected_state: str,
    note: str = "",
    scheduled_at: str | None = None,
) -> dict[str, Any]:
    """Move an article by ``action`` if it is still in ``expected_state``; return its new state and rev."""
    try:
        act = Action(action)
        expected = ArticleStatus(expected_state)
        when = datetime.fromisoformat(scheduled_at) if scheduled_at else None
    except ValueError:
        raise ValidationError("unknown action, state or time") from None
    if when is not None and when.tzinfo is None:
        raise ValidationError("the scheduled time must carry a time zone")
    with db.writing() as session:
        row = session.get(ArticleRow, article_id)
        if row is None or row.deleted:
            raise NotFoundError("no such article")
        state = ArticleStatus(row.status)
        if state != expected:
            raise TransitionError(
                f"the article is now '{state.value}', not '{expected.value}': reload it and try again"
            )
        try:
            check_transition(caller.roles, state, act, note=note, has_time=when is not None)
        except TransitionError as exc:
            if "role" in str(exc):
                raise ForbiddenTransition(str(exc)) from None
            raise
        article = _article_for_rules(row)
        photo_rows = list(
            session.execute(select(PhotoRow).where(PhotoRow.id.in_(article.photo_ids))).scalars()
        )
        problems: list[str] = []
        if act is Action.SUBMIT:
            problems = submit_problems(article, _photos(photo_rows))
        elif act is Action.PUBLISH:
            problems = publish_problems(article, _photos(photo_rows))
        if problems:
            raise ValidationError("; ".join(problems))
        target = check_transition(caller.roles, state, act, note=note, has_time=when is not None)
        row.status = target.target.value
        data = dict(row.data)
        if act is Action.RETURN:
            data["return_note"] = note.strip()
        if act is Action.SCHEDULE and when is not None:
            data["scheduled_at"] = when.isoformat()
        if act is Action.PUBLISH:
            row.published_at = now()
        row.data = data
        row.rev += 1
        store_record(session, row, "article", caller.id)
        return {"id": row.id, "status": row.status, "rev": row.rev}
