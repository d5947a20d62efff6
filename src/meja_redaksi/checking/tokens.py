"""Split a line of copy into the words a spell checker should look at.

Skipped on purpose: URLs, e-mail addresses, inline code and HTML tags, numbers and words with digits.
``opens_sentence`` tells whether a word starts a sentence (for rules about capitals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Letters and digits with inner apostrophes or hyphens; tokens holding a digit are skipped afterwards.
_WORD_LIKE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NON_PROSE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`]*`|<[^>\n]*>|\]\([^)\s]*\)"
)
_NON_PROSE_MARKS = ("://", "www.", "@", "`", "<", "](")
_SENTENCE_END = frozenset(".!?:;(")
_QUOTES = frozenset("\"“”'‘’")
_LINE_MARKERS = frozenset("#>*-+|")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a line: its text and 0-based start offset."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the word."""
        return self.start + len(self.text)


def is_abbreviation(text: str) -> bool:
    """All capitals and at least two letters (``DKI``, ``MRT``, ``PP``): not spell-checked."""
    return len(text) >= 2 and text.isupper()


def opens_sentence(line: str, start: int) -> bool:
    """True when only spaces, list markers or a sentence end come before ``start`` in ``line``."""
    index = start - 1
    while index >= 0 and line[index].isspace():
        index -= 1
    if index < 0:
        return True
    char = line[index]
    if char in _QUOTES:
        # an opening quote starts a sentence; a closing one only after a sentence end
        return index == 0 or line[index - 1].isspace() or line[index - 1] in ".!?"
    if char in _SENTENCE_END:
        return True
    if char in _LINE_MARKERS or char.isdigit():
        return not line[:index].strip(" #>*-+|.0123456789")
    return False


def words(line: str) -> Iterator[Word]:
    """Yield the words of ``line`` worth checking, in order (columns as in ``line``)."""
    for match in _WORD_LIKE.finditer(mask_non_prose(line)):
        text = match.group()
        if text.isalpha() or not any(char.isdigit() for char in text):
            yield Word(text, match.start())


def mask_non_prose(line: str) -> str:
    """``line`` with URLs, e-mail, code, tags and link targets blanked (same length, same columns)."""
    if not any(mark in line for mark in _NON_PROSE_MARKS):
        return line
    return _NON_PROSE.sub(lambda match: " " * len(match.group()), line)
