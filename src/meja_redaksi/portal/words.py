"""Newsroom dictionary words pushed by devices (entity ``word``): checked, stored once, removable.

A word record holds ``{"word", "added_by"}``; its id is :func:`meja_redaksi.checking.newsroom_file.word_id`
of the word, so two devices adding the same word offline reach the same record and the second push is
answered "applied" with nothing changed (no duplicate, no conflict). A word has nothing to merge: an add
makes it live (again, after a removal), a removal makes it a tombstone. Everyone may add words (see
``PUSH_ROLES``); editors, desk chiefs and admins may remove any word, reporters and photographers only
the words they added themselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from meja_redaksi.checking.newsroom_file import validate_word, word_id
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import ValidationError
from meja_redaksi.portal.auth import Caller
from meja_redaksi.portal.db import record_change
from meja_redaksi.portal.models import WordRow
from meja_redaksi.sync.protocol import Op, OpKind, OpOutcome, OpResult

_REMOVE_ANY = frozenset({Role.EDITOR, Role.DESK_CHIEF, Role.ADMIN})


def checked_word(op: Op) -> str:
    """The word an upsert carries, or :class:`ValidationError` with a one-line reason."""
    unknown = sorted(set(op.fields) - {"word", "added_by"})
    if unknown:
        raise ValidationError(f"unknown word field '{unknown[0][:40]}'")
    raw = op.fields.get("word")
    if not isinstance(raw, str):
        raise ValidationError("a word record needs its 'word' as text")
    word = validate_word(raw)
    if word != raw:
        raise ValidationError(f"send the word {word!r} without surrounding spaces, in NFC")
    if word_id(word) != op.id:
        raise ValidationError(f"the record id of {word!r} must be {word_id(word)}")
    return word


def _store(session: Session, row: WordRow, author: str, *, deleted: bool) -> None:
    row.deleted = deleted
    session.flush()
    record_change(
        session, "word", row.id, row.rev, dict(row.data), deleted=deleted, author_id=author
    )


def _may_remove(caller: Caller, data: dict[str, Any]) -> bool:
    return bool(caller.roles & _REMOVE_ANY) or data.get("added_by") == caller.username


def apply_word(session: Session, caller: Caller, op: Op) -> OpResult:
    """Add or remove one word; a bad word or a removal the caller may not make is refused."""
    row = session.get(WordRow, op.id)
    rev = row.rev if row is not None else 0
    if op.kind is OpKind.DELETE:
        if row is None or row.deleted:
            return OpResult(op.op_id, OpOutcome.APPLIED, rev, "not in the newsroom dictionary")
        if not _may_remove(caller, row.data):
            return OpResult(
                op.op_id,
                OpOutcome.REJECTED,
                rev,
                f"only an editor, a desk chief or {row.data.get('added_by') or 'who added it'} "
                f"may remove {row.word!r} from the newsroom dictionary",
            )
        row.rev += 1
        _store(session, row, caller.id, deleted=True)
        return OpResult(op.op_id, OpOutcome.APPLIED, row.rev)
    word = checked_word(op)
    if row is not None and not row.deleted:
        return OpResult(op.op_id, OpOutcome.APPLIED, rev, "already in the newsroom dictionary")
    data = {"word": word, "added_by": caller.username}
    if row is None:
        row = WordRow(id=op.id, rev=1, word=word, data=data)
        session.add(row)
    else:
        row.rev += 1
        row.data = data
    _store(session, row, caller.id, deleted=False)
    return OpResult(op.op_id, OpOutcome.APPLIED, row.rev)
