"""``meja-redaksi article transition|embargo|history|comment`` and ``assignment add|list|start|attach|cancel``.

The same table as the window decides: a forbidden action prints one line naming the role and the state,
exits 1 and changes nothing. Every action taken is audited (who, what, when, from which state).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json
from meja_redaksi.domain.entities import Assignment
from meja_redaksi.domain.enums import Action


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``article`` (transition, embargo, history, comment) and ``assignment`` commands."""
    parser = subparsers.add_parser("article", help="workflow actions, history and comments")
    actions = parser.add_subparsers(dest="article_command", metavar="ACTION", required=True)

    move = actions.add_parser("transition", help="take a workflow action on an article")
    add_common_options(move)
    move.add_argument("id", metavar="ID")
    move.add_argument("action", choices=[a.value for a in Action], metavar="ACTION")
    move.add_argument("--as", dest="as_user", required=True, metavar="USER", help="user name")
    move.add_argument("--note", default="", help="why (required to return or unpublish)")
    move.add_argument(
        "--when", default=None, help="date and time (ISO 8601; UTC when no zone is given)"
    )
    move.add_argument(
        "--expect", default=None, metavar="STATE", help="refuse unless the article is in STATE"
    )
    move.set_defaults(func=run_transition)

    embargo = actions.add_parser("embargo", help="hold an article until a time, or lift the hold")
    add_common_options(embargo)
    embargo.add_argument("id", metavar="ID")
    hold = embargo.add_mutually_exclusive_group(required=True)
    hold.add_argument("--until", help="end of the embargo (ISO 8601; UTC when no zone is given)")
    hold.add_argument("--lift", action="store_true", help="lift the embargo")
    embargo.add_argument("--as", dest="as_user", required=True, metavar="USER", help="user name")
    embargo.set_defaults(func=run_embargo)

    hist = actions.add_parser("history", help="the article's audit trail, one JSON line each")
    add_common_options(hist)
    hist.add_argument("id", metavar="ID")
    hist.set_defaults(func=run_history)

    note = actions.add_parser("comment", help="add an editorial comment (with @mentions)")
    add_common_options(note)
    note.add_argument("id", metavar="ID")
    note.add_argument("text")
    note.add_argument("--as", dest="as_user", required=True, metavar="USER", help="user name")
    note.set_defaults(func=run_comment)
    _register_assignment(subparsers)


def _register_assignment(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("assignment", help="plan coverage (penugasan liputan)")
    actions = parser.add_subparsers(dest="assignment_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create an assignment (desk chiefs and admins)")
    add_common_options(add)
    add.add_argument("title")
    add.add_argument("--as", dest="as_user", required=True, metavar="USER", help="user name")
    add.add_argument("--brief", default="")
    add.add_argument("--location", default="")
    add.add_argument("--event", default=None, help="event time (ISO 8601)")
    add.add_argument("--deadline", default=None, help="deadline (ISO 8601)")
    add.add_argument("--desk", default=None, metavar="SLUG")
    add.add_argument("--reporter", action="append", default=[], metavar="USER")
    add.add_argument("--photographer", default=None, metavar="USER")
    add.add_argument("--editor", default=None, metavar="USER")
    add.set_defaults(func=run_assignment_add)
    listing = actions.add_parser("list", help="assignments, one JSON line each")
    add_common_options(listing)
    listing.add_argument("--for", dest="for_user", default=None, metavar="USER")
    listing.set_defaults(func=run_assignment_list)
    start = actions.add_parser("start", help="start the article of an assignment (pre-filled)")
    add_common_options(start)
    start.add_argument("id", metavar="ID")
    start.add_argument("--as", dest="as_user", required=True, metavar="USER")
    start.set_defaults(func=run_assignment_start)
    attach = actions.add_parser("attach", help="attach ingested photos to the assignment's article")
    add_common_options(attach)
    attach.add_argument("id", metavar="ID")
    attach.add_argument("photos", nargs="+", metavar="PHOTO_ID")
    attach.add_argument("--as", dest="as_user", required=True, metavar="USER")
    attach.set_defaults(func=run_assignment_attach)
    cancel = actions.add_parser("cancel", help="cancel an assignment")
    add_common_options(cancel)
    cancel.add_argument("id", metavar="ID")
    cancel.add_argument("--as", dest="as_user", required=True, metavar="USER")
    cancel.set_defaults(func=run_assignment_cancel)


def _assignment_json(assignment: Assignment, usernames: dict[str, str]) -> dict[str, object]:
    return {
        "id": assignment.id,
        "title": assignment.title,
        "status": assignment.status.value,
        "deadline": assignment.deadline.isoformat() if assignment.deadline else None,
        "reporters": [usernames.get(p, p) for p in assignment.reporter_ids],
        "photographer": usernames.get(assignment.photographer_id or ""),
        "editor": usernames.get(assignment.editor_id or ""),
        "articles": assignment.article_ids,
    }


def run_assignment_add(args: argparse.Namespace) -> int:
    """Create the assignment as the named planner; print it."""
    from meja_redaksi.store import newsroom

    with open_services(args) as services:
        store = services.store
        planner = store.people.get_by_username(args.as_user)

        def person_id(username: str | None) -> str | None:
            return store.people.get_by_username(username).id if username else None

        assignment = Assignment(
            title=args.title,
            brief=args.brief,
            location=args.location,
            event_time=parse_when(args.event),
            deadline=parse_when(args.deadline),
            desk_id=store.desks.get_by_slug(args.desk).id if args.desk else None,
            reporter_ids=[p for u in args.reporter if (p := person_id(u))],
            photographer_id=person_id(args.photographer),
            editor_id=person_id(args.editor),
        )
        saved = newsroom.save_assignment(store, assignment, planner)
        usernames = {p.id: p.username for p in store.people.list()}
    print_json(_assignment_json(saved, usernames))
    return 0


def run_assignment_list(args: argparse.Namespace) -> int:
    """Print every assignment (or one person's: Tugas saya), by deadline."""
    with open_services(args) as services:
        store = services.store
        person = store.people.get_by_username(args.for_user) if args.for_user else None
        usernames = {p.id: p.username for p in store.people.list()}
        for assignment in store.assignments.list(person_id=person.id if person else None):
            print_json(_assignment_json(assignment, usernames))
    return 0


def run_assignment_start(args: argparse.Namespace) -> int:
    """Start the assignment's article; print its id."""
    from meja_redaksi.store import newsroom

    with open_services(args) as services:
        store = services.store
        article = newsroom.start_article(store, args.id, store.people.get_by_username(args.as_user))
    print_json({"id": article.id, "assignment": args.id, "headline": article.headline})
    return 0


def run_assignment_attach(args: argparse.Namespace) -> int:
    """Attach photos to the assignment's article; print the article's photos."""
    from meja_redaksi.store import newsroom

    with open_services(args) as services:
        store = services.store
        actor = store.people.get_by_username(args.as_user)
        article = newsroom.attach_photos(store, args.id, list(args.photos), actor)
    print_json({"id": article.id, "photos": article.photo_ids})
    return 0


def run_assignment_cancel(args: argparse.Namespace) -> int:
    """Cancel the assignment as the named planner."""
    from meja_redaksi.store import newsroom
    from meja_redaksi.workflow.assignments import cancelled

    with open_services(args) as services:
        store = services.store
        planner = store.people.get_by_username(args.as_user)
        saved = newsroom.save_assignment(store, cancelled(store.assignments.get(args.id)), planner)
        usernames = {p.id: p.username for p in store.people.list()}
    print_json(_assignment_json(saved, usernames))
    return 0


def parse_when(text: str | None) -> datetime | None:
    """An ISO 8601 date and time; one without a zone is taken as UTC."""
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CommandFailed(f"--when is not an ISO 8601 date and time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def run_transition(args: argparse.Namespace) -> int:
    """Take the action as the named user; print the new state as one JSON line."""
    from meja_redaksi.domain.enums import ArticleStatus
    from meja_redaksi.store import newsroom

    when = parse_when(args.when)
    try:
        expected = ArticleStatus(args.expect) if args.expect else None
    except ValueError:
        raise CommandFailed(f"--expect is not a state: {args.expect!r}") from None
    with open_services(args) as services:
        store = services.store
        actor = store.people.get_by_username(args.as_user)
        before = store.articles.get(args.id).status
        article = newsroom.transition(
            store, args.id, args.action, actor, expected_state=expected, note=args.note, when=when
        )
        event = store.articles.audit(args.id)[-1]
    print_json(
        {
            "id": article.id,
            "action": args.action,
            "from": before.value,
            "to": article.status.value,
            "by": actor.username,
            "at": event.at.isoformat(),
        }
    )
    return 0


def run_embargo(args: argparse.Namespace) -> int:
    """Set or lift the embargo as the named user; print the article's embargo as one JSON line."""
    from meja_redaksi.store import newsroom

    until = None if args.lift else parse_when(args.until)
    with open_services(args) as services:
        store = services.store
        actor = store.people.get_by_username(args.as_user)
        article = newsroom.set_embargo(store, args.id, actor, until)
    embargo_until = article.embargo_until.isoformat() if article.embargo_until else None
    print_json({"id": article.id, "embargo_until": embargo_until, "by": actor.username})
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Print every audit event of the article, oldest first."""
    from meja_redaksi.store import newsroom

    with open_services(args) as services:
        store = services.store
        store.articles.get(args.id)
        names = {p.id: p.username for p in store.people.list()}
        for event in newsroom.history(store, args.id):
            print_json(
                {
                    "action": event.action,
                    "from": event.from_state,
                    "to": event.to_state,
                    "by": names.get(event.actor_id or "", event.actor_id),
                    "at": event.at.isoformat(),
                    "note": event.detail,
                }
            )
    return 0


def run_comment(args: argparse.Namespace) -> int:
    """Add a comment; print it with the people it mentions."""
    from meja_redaksi.store import newsroom
    from meja_redaksi.workflow.notifications import mentions_in

    with open_services(args) as services:
        store = services.store
        author = store.people.get_by_username(args.as_user)
        comment = newsroom.add_comment(store, args.id, author, args.text)
        mentioned = [p.username for p in mentions_in(comment, store.people.list())]
    print_json({"id": comment.id, "article": args.id, "mentions": mentioned})
    return 0
