"""The portal's newsroom dictionary records over real HTTP (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from meja_redaksi.checking.newsroom_file import word_id
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op, OpKind, OpOutcome

Clients = Callable[[str], PortalClient]


def add_op(word: str, record_id: str | None = None) -> Op:
    return Op(str(uuid.uuid4()), "word", record_id or word_id(word), 0, {"word": word})


def remove_op(word: str, base_rev: int = 1) -> Op:
    return Op(str(uuid.uuid4()), "word", word_id(word), base_rev, {}, OpKind.DELETE)


def live_words(client: PortalClient) -> dict[str, bool]:
    """Word -> deleted, as the change log hands them out."""
    page = client.changes(0, 2000)
    return {c.fields["word"]: c.deleted for c in page.changes if c.entity == "word"}


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("dua kata", "one word at a time"),
        ("", "empty word"),
        ("x" * 65, "longer than 64"),
        ("tab\tbed", "one word at a time"),
        ("bel\x07", "not a word"),
        ("<script>", "not a word"),
        (" Hachigian", "without surrounding spaces"),
        ("Cafe\u0301", "NFC"),
    ],
)
def test_a_bad_word_is_refused_and_nothing_else_changes(
    client_for: Clients, word: str, reason: str
) -> None:
    rina = client_for("rina")
    before = rina.changes(0, 2000)
    good, bad = add_op("Hachigian"), add_op(word, word_id(word.strip() or "x"))
    results = rina.push([bad, good])
    assert results[0].outcome is OpOutcome.REJECTED and reason in results[0].message
    assert results[1].outcome is OpOutcome.APPLIED  # the rest of the batch still applies
    after = rina.changes(before.next_cursor, 2000)
    assert [c.fields["word"] for c in after.changes] == ["Hachigian"]
    assert rina.push([bad])[0].to_json() == results[0].to_json()  # a retry: the same answer


def test_an_id_that_is_not_the_words_own_is_refused(client_for: Clients) -> None:
    rina = client_for("rina")
    (result,) = rina.push([add_op("Hachigian", str(uuid.uuid4()))])
    assert result.outcome is OpOutcome.REJECTED
    assert word_id("Hachigian") in result.message
    assert live_words(rina) == {}


def test_a_word_field_other_than_the_word_is_refused(client_for: Clients) -> None:
    rina = client_for("rina")
    op = Op(str(uuid.uuid4()), "word", word_id("Settat"), 0, {"word": "Settat", "path": "/etc"})
    (result,) = rina.push([op])
    assert result.outcome is OpOutcome.REJECTED and "unknown word field 'path'" in result.message


def test_the_same_word_from_two_people_is_one_record_with_its_first_author(
    client_for: Clients,
) -> None:
    rina, otoy = client_for("rina"), client_for("otoy")
    (first,) = rina.push([add_op("Kasablanka")])
    (second,) = otoy.push([add_op("Kasablanka")])
    assert (first.outcome, second.outcome) == (OpOutcome.APPLIED, OpOutcome.APPLIED)
    assert first.rev == second.rev == 1
    page = rina.changes(0, 2000)
    (change,) = [c for c in page.changes if c.entity == "word"]
    assert change.fields == {"word": "Kasablanka", "added_by": "rina"}
    assert otoy.conflicts() == []


def test_removal_rights_and_tombstones(client_for: Clients) -> None:
    rina, budi, eka = client_for("rina"), client_for("budi"), client_for("eka")
    rina.push([add_op("Hachigian"), add_op("Settat")])
    (refused,) = budi.push([remove_op("Hachigian")])
    assert refused.outcome is OpOutcome.REJECTED
    assert "only an editor, a desk chief or rina may remove 'Hachigian'" in refused.message
    (own,) = rina.push([remove_op("Settat")])
    (editor,) = eka.push([remove_op("Hachigian")])
    assert own.outcome is editor.outcome is OpOutcome.APPLIED
    assert live_words(eka) == {"Hachigian": True, "Settat": True}
    (again,) = eka.push([remove_op("Hachigian", 2)])
    assert again.outcome is OpOutcome.APPLIED and again.rev == 2  # nothing more to remove
    (back,) = budi.push([add_op("Hachigian")])
    assert back.rev == 3
    assert live_words(eka) == {"Hachigian": False, "Settat": True}
