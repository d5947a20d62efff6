"""Fixtures of the store tests: an empty store, a few people, a small generated store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from meja_redaksi.domain import Desk, Person, Photo, Role
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new, empty store in a temporary folder."""
    with Store.open(tmp_path / "data" / "store.sqlite3") as opened:
        yield opened


@dataclass
class Newsroom:
    """A desk and one person per role, saved in a store."""

    desk: Desk
    reporter: Person
    photographer: Person
    editor: Person
    chief: Person
    admin: Person


def _person(store: Store, username: str, name: str, *roles: Role, desk: Desk) -> Person:
    return store.people.save(
        Person(username=username, name=name, roles=frozenset(roles), code=username, desk_id=desk.id)
    )


@pytest.fixture
def newsroom(store: Store) -> Newsroom:
    """People of every role on the Pemerintahan desk."""
    desk = store.desks.save(Desk(name="Pemerintahan", slug="pemerintahan"))
    return Newsroom(
        desk=desk,
        reporter=_person(store, "mustaqim", "Mustaqim Amna", Role.REPORTER, desk=desk),
        photographer=_person(store, "rezap", "Reza Pahlevi", Role.PHOTOGRAPHER, desk=desk),
        editor=_person(store, "toni", "Toni Riyanto", Role.EDITOR, desk=desk),
        chief=_person(store, "kadesk", "Dewi Lestari", Role.DESK_CHIEF, Role.EDITOR, desk=desk),
        admin=_person(store, "admin", "Admin Portal", Role.ADMIN, desk=desk),
    )


@pytest.fixture
def captioned_photo(store: Store, newsroom: Newsroom) -> Photo:
    """A photo record with a caption and credit but no file."""
    return store.photos.save(
        Photo(
            title="Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
            caption="Gubernur menerima delegasi Los Angeles di Balai Kota",
            credit="Mustaqim Amna",
            photographer_id=newsroom.photographer.id,
        )
    )


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small generated store shared by the tests of one module (they only read it)."""
    path = tmp_path_factory.mktemp("demo") / "store.sqlite3"
    with Store.open(path) as opened:
        build_demo(opened, articles=400, photos=40, seed=7)
        yield opened
