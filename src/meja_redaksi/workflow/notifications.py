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

    ``events`` are audit events: returns and approvals of articles, and ``assign`` events of
    assignments (whose ``detail`` is the person put on it); ``assignments`` gives the titles of the ones
    the person is still on. ``reporters`` maps article id to its reporter id and ``headlines`` article
    id to headline. A person is not notified of their own doings.
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
    titles = {
        a.id: a.title
        for a in assignments
        if person.id in a.reporter_ids or person.id in (a.photographer_id, a.editor_id)
    }
    for event in events:
        if (
            event.entity == "assignment"
            and event.action == "assign"
            and event.detail == person.id
            and event.entity_id in titles
            and event.actor_id != person.id
        ):
            found.append(
                Notification(
                    NotificationKind.ASSIGNMENT,
                    event.at,
                    event.actor_id,
                    titles[event.entity_id],
                    assignment_id=event.entity_id,
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
