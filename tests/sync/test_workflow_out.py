"""Offline workflow moves are replayed along the one transition table."""

from __future__ import annotations

import pytest

from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.sync.workflow_out import action_path
from meja_redaksi.workflow.transitions import TRANSITIONS

S = ArticleStatus


@pytest.mark.parametrize("source", list(S))
@pytest.mark.parametrize("target", list(S))
def test_every_path_follows_the_table(source: ArticleStatus, target: ArticleStatus) -> None:
    path = action_path(source, target)
    state = source
    for expected, action in path:
        assert expected == state
        state = TRANSITIONS[(expected, action)].target
    assert state == target or (not path and source != target)


def test_shortest_paths() -> None:
    assert action_path(S.DRAFT, S.SUBMITTED) == [(S.DRAFT, Action.SUBMIT)]
    assert action_path(S.DRAFT, S.PUBLISHED) == [
        (S.DRAFT, Action.SUBMIT),
        (S.SUBMITTED, Action.APPROVE),
        (S.APPROVED, Action.PUBLISH),
    ]
    assert action_path(S.SPIKED, S.SPIKED) == []
