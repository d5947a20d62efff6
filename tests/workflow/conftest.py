"""A small newsroom: one desk, one active person per role (plus an inactive reporter), articles on demand."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from meja_redaksi.cli import main
from meja_redaksi.domain.entities import Article, Desk, Person
from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.store import Store

if TYPE_CHECKING:
    from meja_redaksi.gui.workflow.actions import WorkflowActions

USERNAMES = {
    Role.REPORTER: "rezap",
    Role.PHOTOGRAPHER: "otoy",
    Role.EDITOR: "nurul",
    Role.DESK_CHIEF: "budi",
    Role.ADMIN: "admin",
}


@dataclass
class Newsroom:
    """The open store of the test and its people by role."""

    store: Store
    path: Path
    desk: Desk
    people: dict[Role, Person]

    def article(self, status: ArticleStatus, **fields: object) -> Article:
        """A complete article (ready to submit and publish) stored directly in ``status``."""
        values: dict[str, object] = {
            "headline": f"Pemprov DKI Bahas Anggaran ({status.value})",
            "lead": "Ringkasan.",
            "body": "Senin (30/4), kata dia di Balai Kota.",
            "desk_id": self.desk.id,
            "reporter_id": self.people[Role.REPORTER].id,
            "status": status,
        }
        values.update(fields)
        return self.store.articles.save(
            Article(**values),  # type: ignore[arg-type]
            author_id=self.people[Role.REPORTER].id,
        )


@pytest.fixture
def newsroom(tmp_path: Path) -> Iterator[Newsroom]:
    """The store with a desk and one person per role."""
    path = tmp_path / "newsroom.sqlite3"
    store = Store.open(path)
    desk = store.desks.save(Desk(name="Pemerintahan", slug="pemerintahan"))
    people = {
        role: store.people.save(
            Person(
                username=name,
                name=name.title(),
                roles=frozenset({role}),
                code=name,
                desk_id=desk.id,
            )
        )
        for role, name in USERNAMES.items()
    }
    store.people.save(
        Person(
            username="mantan",
            name="Mantan Pewarta",
            roles=frozenset({Role.REPORTER}),
            desk_id=desk.id,
            active=False,
        )
    )
    yield Newsroom(store, path, desk, people)
    store.close()


@dataclass
class CliResult:
    """Exit code and output of one in-process command."""

    code: int
    out: str
    err: str

    def json(self) -> dict[str, object]:
        """The single JSON line printed."""
        value: dict[str, object] = json.loads(self.out)
        return value


@pytest.fixture
def cli(newsroom: Newsroom, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run the command line in-process against the newsroom's store."""

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main([*args, "--store", str(newsroom.path)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def dump_store(path: Path) -> str:
    """Every row of the store as SQL text: equal dumps mean the store did not change."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def actions(qtbot, newsroom: Newsroom) -> Iterator[WorkflowActions]:
    """Workflow actions on a runner whose workers open the newsroom's store."""
    from PySide6.QtWidgets import QWidget

    from meja_redaksi.gui.tasks import TaskRunner
    from meja_redaksi.gui.workflow.actions import WorkflowActions

    runner = TaskRunner(lambda: Store.open(newsroom.path))
    host = QWidget()
    qtbot.addWidget(host)
    yield WorkflowActions(runner, host)
    runner.shutdown()
