"""Applying a workflow action to a stored article: table check, readiness rules, compare-and-swap."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Article, AuditEvent, Person, utcnow
from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.store.convert import photo_from_row
from meja_redaksi.store.models import ArticleRow, PhotoRow
from meja_redaksi.workflow import check_transition, publish_problems, submit_problems
from meja_redaksi.workflow.permissions import embargo_problem
from meja_redaksi.workflow.transitions import TransitionError


def _photos(session: Session, article: Article) -> list[PhotoRow]:
    ids = article.photo_ids
    if not ids:
        return []
    rows = {r.id: r for r in session.scalars(select(PhotoRow).where(PhotoRow.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def apply_transition(
    session: Session,
    row: ArticleRow,
    article: Article,
    action: Action,
    actor: Person,
    expected_state: str | None,
    note: str,
    when: datetime | None,
) -> AuditEvent:
    """Move ``row`` by ``action`` for ``actor``; return the audit event to record.

    Raises TransitionError (a UserError) when the table forbids it or the state moved on, and UserError
    listing what is missing when the article is not ready to be submitted or published.
    """
    if not actor.active:
        raise TransitionError(f"{actor.name} is no longer active")
    source = ArticleStatus(row.status)
    transition = check_transition(
        actor.roles,
        source,
        action,
        expected_state=ArticleStatus(expected_state) if expected_state else None,
        note=note,
        has_time=when is not None,
    )
    target = transition.target
    if action in (Action.PUBLISH, Action.SCHEDULE):
        # Checked inside the write transaction, so an embargo set a moment ago cannot be slipped past.
        problem = embargo_problem(article.embargo_until, when or utcnow())
        if problem is not None:
            raise TransitionError(problem)
    photos = [photo_from_row(p) for p in _photos(session, article)]
    if target == ArticleStatus.SUBMITTED:
        problems = submit_problems(article, photos)
    elif target == ArticleStatus.PUBLISHED:
        problems = publish_problems(article, photos)
    else:
        problems = []
    if problems:
        raise UserError(f"cannot {action.value} the article: {'; '.join(problems)}")
    now = utcnow()
    values: dict[str, object] = {"status": target.value, "updated_at": now, "dirty": True}
    if action == Action.RETURN:
        values["return_note"] = note.strip()
    elif action == Action.SUBMIT:
        values["return_note"] = ""
    if action == Action.SCHEDULE:
        values["scheduled_at"] = when
    if target == ArticleStatus.PUBLISHED:
        values["published_at"] = when or now
    if (
        action in (Action.EDIT, Action.APPROVE)
        and row.editor_id is None
        and actor.has_role(Role.EDITOR)
    ):
        values["editor_id"] = actor.id
        values["editor_name"] = actor.name
    # Compare-and-swap on the state read above: a concurrent change makes this update match nothing.
    result = session.execute(
        update(ArticleRow)
        .where(ArticleRow.id == row.id, ArticleRow.status == source.value)
        .values(**values)
        .execution_options(synchronize_session="fetch")
    )
    if getattr(result, "rowcount", 1) != 1:
        raise TransitionError(
            "the article changed while the action was taken: reload it and try again"
        )
    return AuditEvent(
        actor_id=actor.id,
        action=action.value,
        entity="article",
        entity_id=article.id,
        from_state=source.value,
        to_state=target.value,
        detail=note.strip(),
        at=now,
    )
