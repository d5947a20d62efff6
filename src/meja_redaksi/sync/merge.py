"""Merging two edits of one record against their common ancestor (DESIGN §6).

Metadata merges field by field: a field changed on one side only is taken, a field changed on both sides
to different values is a conflict. Body text gets a three-way merge against the common ancestor, first by
paragraph, then by word inside paragraphs both sides touched. The merge STOPS at overlapping changes: it
never picks a winner and never interleaves two replacements of the same words ("Selasa" and "Rabu" for
"Senin" do not become "SelasaRabu"); the overlapping region is reported with both versions instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n\s*)")
_WORD_OR_SPACE = re.compile(r"\s+|\S+")


@dataclass(frozen=True, slots=True)
class TextConflict:
    """One region both sides changed differently: the ancestor's text and each side's text."""

    base: str
    ours: str
    theirs: str


@dataclass(frozen=True, slots=True)
class TextMerge:
    """The outcome of a three-way text merge.

    ``text`` is the merged text when ``conflicts`` is empty; when it is not, ``text`` carries our version of
    every conflicting region (the live version stays) and ``conflicts`` holds both versions of each.
    """

    text: str
    conflicts: tuple[TextConflict, ...] = ()

    @property
    def clean(self) -> bool:
        """Whether the merge needed no person."""
        return not self.conflicts


@dataclass(frozen=True, slots=True)
class FieldMerge:
    """The outcome of a field-by-field merge: merged values and the fields in conflict."""

    merged: dict[str, Any]
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        """Whether every field merged without a person."""
        return not self.conflicts


@dataclass(frozen=True, slots=True)
class _Hunk:
    """A change of one side: base items [start, end) replaced by ``items``; ``side`` is 0 or 1."""

    start: int
    end: int
    items: tuple[str, ...]
    side: int


def _hunks(base: Sequence[str], other: Sequence[str], side: int) -> list[_Hunk]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        _Hunk(i1, i2, tuple(other[j1:j2]), side)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _touches(a: _Hunk, b: _Hunk) -> bool:
    """Whether two hunks overlap, or one inserts at an edge of the other (order would be a guess)."""
    if a.start < b.end and b.start < a.end:
        return True
    empty = a.start == a.end or b.start == b.end
    return empty and a.start <= b.end and b.start <= a.end


def _group(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    groups: list[list[_Hunk]] = []
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end, h.side)):
        if groups and any(_touches(hunk, other) for other in groups[-1]):
            groups[-1].append(hunk)
        else:
            groups.append([hunk])
    return groups


def _apply(base: Sequence[str], start: int, end: int, hunks: list[_Hunk]) -> tuple[str, ...]:
    """The region base[start:end] with one side's ``hunks`` (all inside it) applied."""
    out: list[str] = []
    pos = start
    for hunk in sorted(hunks, key=lambda h: h.start):
        out.extend(base[pos : hunk.start])
        out.extend(hunk.items)
        pos = hunk.end
    out.extend(base[pos:end])
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Region:
    """A merged stretch: settled ``items``, or a conflict with base, ours and theirs versions."""

    items: tuple[str, ...]
    conflict: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None


def _merge_sequences(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[_Region]:
    """Three-way merge of item sequences; regions both sides changed differently stay conflicts."""
    regions: list[_Region] = []
    pos = 0
    for group in _group(_hunks(base, ours, 0) + _hunks(base, theirs, 1)):
        start = min(h.start for h in group)
        end = max(h.end for h in group)
        regions.append(_Region(tuple(base[pos:start])))
        sides = {h.side for h in group}
        mine = _apply(base, start, end, [h for h in group if h.side == 0])
        other = _apply(base, start, end, [h for h in group if h.side == 1])
        if sides == {0}:
            regions.append(_Region(mine))
        elif sides == {1} or mine == other:
            regions.append(_Region(other))
        else:
            regions.append(_Region(mine, (tuple(base[start:end]), mine, other)))
        pos = end
    regions.append(_Region(tuple(base[pos:])))
    return regions


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs, each keeping the blank lines after it ("".join gives the text back)."""
    parts = _PARAGRAPH_BREAK.split(text)
    units = [
        parts[i] + (parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)
    ]
    return [u for u in units if u]


def split_words(text: str) -> list[str]:
    """Split text into words and runs of white space ("".join gives the text back)."""
    return _WORD_OR_SPACE.findall(text)


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    """Three-way merge of ``ours`` and ``theirs`` against their common ancestor ``base``.

    Paragraphs changed on one side are taken; a paragraph region both sides changed is merged word by word,
    and words both sides changed differently make a conflict (both versions kept, ours stays in ``text``).
    """
    if ours == theirs:
        return TextMerge(ours)
    if base == ours:
        return TextMerge(theirs)
    if base == theirs:
        return TextMerge(ours)
    out: list[str] = []
    conflicts: list[TextConflict] = []
    regions = _merge_sequences(
        split_paragraphs(base), split_paragraphs(ours), split_paragraphs(theirs)
    )
    for region in regions:
        if region.conflict is None:
            out.extend(region.items)
            continue
        base_text, our_text, their_text = ("".join(part) for part in region.conflict)
        words = _merge_sequences(
            split_words(base_text), split_words(our_text), split_words(their_text)
        )
        if all(w.conflict is None for w in words):
            out.extend(item for w in words for item in w.items)
        else:
            out.append(our_text)
            conflicts.append(TextConflict(base_text, our_text, their_text))
    return TextMerge("".join(out), tuple(conflicts))


def merge_fields(
    base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> FieldMerge:
    """Merge records field by field against ``base``; ``theirs`` may carry only the fields it changed.

    A field that only one side changed takes that side's value; a field both changed to different values
    keeps ours in ``merged`` and is listed in ``conflicts`` as (ours, theirs).
    """
    merged = dict(ours)
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name, their_value in theirs.items():
        base_value = base.get(name)
        our_value = ours.get(name)
        if their_value in (our_value, base_value):
            continue
        if our_value == base_value:
            merged[name] = their_value
        else:
            conflicts[name] = (our_value, their_value)
    return FieldMerge(merged, conflicts)
