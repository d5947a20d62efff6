"""What changed in an article since it was submitted: the base revision and a word-level diff."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from meja_redaksi.domain.entities import AuditEvent, Revision
from meja_redaksi.domain.enums import Action

_TOKENS = re.compile(r"\s+|[^\s]+")


class ChangeKind(StrEnum):
    """A piece of a diff: kept, inserted or deleted text."""

    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Change:
    """One run of text in a diff."""

    kind: ChangeKind
    text: str


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """The diff of one text field (headline, lead, body) between two revisions."""

    field: str
    changes: tuple[Change, ...]

    @property
    def changed(self) -> bool:
        """Whether anything was inserted or deleted."""
        return any(c.kind != ChangeKind.SAME for c in self.changes)


def submission_revision(
    revisions: Sequence[Revision], events: Iterable[AuditEvent]
) -> Revision | None:
    """The revision the article had when it was last submitted (None if never submitted)."""
    submits = [e for e in events if e.action == Action.SUBMIT.value]
    if not submits or not revisions:
        return None
    at = max(e.at for e in submits)
    before = [r for r in revisions if r.created_at <= at]
    return max(before, key=lambda r: r.number) if before else None


def text_changes(old: str, new: str) -> tuple[Change, ...]:
    """A word-level diff of ``old`` and ``new`` (whitespace kept), merged into runs."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[Change] = []

    def add(kind: ChangeKind, words: list[str]) -> None:
        if not words:
            return
        text = "".join(words)
        if out and out[-1].kind == kind:
            out[-1] = Change(kind, out[-1].text + text)
        else:
            out.append(Change(kind, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add(ChangeKind.SAME, a[i1:i2])
        else:
            add(ChangeKind.DELETED, a[i1:i2])
            add(ChangeKind.INSERTED, b[j1:j2])
    return tuple(out)


def revision_diff(old: Revision, new: Revision) -> list[FieldDiff]:
    """Headline, lead and body diffs from ``old`` to ``new``."""
    return [
        FieldDiff(name, text_changes(getattr(old, name), getattr(new, name)))
        for name in ("headline", "lead", "body")
    ]
