"""In-app notifications: mentions in comments, new assignments, returns and approvals.

Notifications are derived from what the store already records (comments, assignments, audit events),
so nothing extra needs syncing; a person's "seen up to" time marks which ones are new.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from meja_redaksi.domain.entities import Assignment, AuditEvent, Comment, Person
from meja_redaksi.domain.enums import Action


class NotificationKind(StrEnum):
    """Why someone is told about something."""

    MENTION = "mention"
    ASSIGNMENT = "assignment"
    RETURNED = "returned"
    APPROVED = "approved"


@dataclass(frozen=True, slots=True)
class Notification:
    """One thing a person should know about."""

    kind: NotificationKind
    at: datetime
    actor_id: str | None
    text: str
    article_id: str | None = None
    assignment_id: str | None = None


def mentions_in(comment: Comment, people: Iterable[Person]) -> list[Person]:
    """The (active) people a comment mentions with ``@username``, in order of mention."""
    by_username = {p.username: p for p in people if p.active}
    return [by_username[name] for name in comment.mentions if name in by_username]


def notifications_for(
    person: Person,
    *,
    comments: Iterable[Comment],
    assignments: Iterable[Assignment],
    events: Iterable[AuditEvent],
    reporters: Mapping[str, str | None],
    headlines: Mapping[str, str],
) -> list[Notification]:
    """Everything ``person`` is told about, newest first.

    ``events`` are article audit events; ``reporters`` maps article id to its reporter id and
    ``headlines`` article id to headline. A person is not notified of their own doings.
    """
    found: list[Notification] = []
    for comment in comments:
        if person.username in comment.mentions and comment.author_id != person.id:
            found.append(
                Notification(
                    NotificationKind.MENTION,
                    comment.created_at,
                    comment.author_id,
                    comment.body,
                    article_id=comment.article_id,
                )
            )
    for assignment in assignments:
        on_it = person.id in assignment.reporter_ids or person.id in (
            assignment.photographer_id,
            assignment.editor_id,
        )
        if on_it and assignment.created_by != person.id:
            found.append(
                Notification(
                    NotificationKind.ASSIGNMENT,
                    assignment.updated_at,
                    assignment.created_by,
                    assignment.title,
                    assignment_id=assignment.id,
                )
            )
    kinds = {Action.RETURN.value: NotificationKind.RETURNED}
    kinds[Action.APPROVE.value] = NotificationKind.APPROVED
    for event in events:
        kind = kinds.get(event.action)
        if kind is None or event.entity != "article" or event.actor_id == person.id:
            continue
        if reporters.get(event.entity_id) != person.id:
            continue
        headline = headlines.get(event.entity_id, "")
        text = f"{headline}: {event.detail}" if event.detail else headline
        found.append(Notification(kind, event.at, event.actor_id, text, article_id=event.entity_id))
    return sorted(found, key=lambda n: n.at, reverse=True)


def unseen(
    notifications: Iterable[Notification], seen_until: datetime | None
) -> list[Notification]:
    """The notifications newer than ``seen_until`` (all of them when None)."""
    return [n for n in notifications if seen_until is None or n.at > seen_until]
