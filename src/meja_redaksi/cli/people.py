"""``meja-redaksi people add|list``: the newsroom's people."""

from __future__ import annotations

import argparse
from dataclasses import replace

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``people`` command with ``add`` and ``list``."""
    parser = subparsers.add_parser("people", help="add or list the newsroom's people")
    actions = parser.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a person (or update one with the same user name)")
    add_common_options(add)
    add.add_argument("username")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--role",
        required=True,
        help="one or more of reporter, photographer, "
        "editor, desk_chief, admin, separated by commas",
    )
    add.add_argument("--desk", default=None, help="desk slug or name")
    add.add_argument("--code", default=None, help="photo-file code (default: the user name)")
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help="list everyone")
    add_common_options(listing)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=run_list)


def _roles(text: str) -> frozenset[str]:
    from meja_redaksi.domain.enums import Role

    names = [r.strip().lower() for r in text.split(",") if r.strip()]
    known = {r.value for r in Role}
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise CommandFailed(
            f"unknown role {', '.join(unknown) or '(none)'}: choose from {', '.join(sorted(known))}"
        )
    return frozenset(names)


def run_add(args: argparse.Namespace) -> int:
    """Add or update a person and print them as JSON."""
    from meja_redaksi.domain.entities import Person
    from meja_redaksi.domain.enums import Role
    from meja_redaksi.domain.errors import NotFoundError

    roles = frozenset(Role(r) for r in _roles(args.role))
    with open_services(args) as services:
        store = services.store
        desk_id = None
        if args.desk:
            wanted = args.desk.strip().casefold()
            desk = next(
                (d for d in store.desks.list() if wanted in (d.slug, d.name.casefold())), None
            )
            if desk is None:
                raise CommandFailed(f"no desk named '{args.desk}'")
            desk_id = desk.id
        try:
            existing = store.people.get_by_username(args.username)
            person_id = existing.id
        except NotFoundError:
            person_id = None
        person = Person(
            username=args.username,
            name=args.name,
            roles=roles,
            code=args.code if args.code is not None else args.username,
            desk_id=desk_id,
        )
        if person_id is not None:
            person = replace(person, id=person_id)
        saved = store.people.save(person)
        print_json(_as_json(saved))
    return 0


def _as_json(person: object) -> dict[str, object]:
    from meja_redaksi.domain.entities import Person

    assert isinstance(person, Person)
    return {
        "id": person.id,
        "username": person.username,
        "name": person.name,
        "code": person.code,
        "roles": sorted(r.value for r in person.roles),
        "desk_id": person.desk_id,
        "active": person.active,
    }


def run_list(args: argparse.Namespace) -> int:
    """Print everyone, as JSON lines or a table."""
    with open_services(args) as services:
        people = services.store.people.list()
        desks = {d.id: d.name for d in services.store.desks.list()}
    for person in people:
        if args.json:
            print_json(_as_json(person))
        else:
            roles = ",".join(sorted(r.value for r in person.roles))
            desk = desks.get(person.desk_id or "", "")
            print(f"{person.username:<20} {person.code:<12} {person.name:<28} {roles:<24} {desk}")
    return 0
