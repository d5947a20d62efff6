"""Rules that look at a whole text, not one line: the same term written two ways, headline length.

They run after the per-line pass over terms cached with each line, so they stay cheap on every re-check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from meja_redaksi.checking.hints import Hint, HintKind, make_params
from meja_redaksi.checking.rules import StyleRules
from meja_redaksi.checking.style import match_case
from meja_redaksi.checking.tokens import Word


class Term(NamedTuple):
    """A word, or two words one space apart, with its key for the consistency rule."""

    key: str
    start: int
    text: str
    pair: bool


def merge_consistency(found: list[Hint], consistency: list[Hint]) -> list[Hint]:
    """Fold a consistency hint into a style hint on the same words (one underline, the article's form)."""
    by_span = {
        (h.line, h.column, h.length): i for i, h in enumerate(found) if h.kind is HintKind.STYLE
    }
    for hint in consistency:
        index = by_span.get((hint.line, hint.column, hint.length))
        if index is None:
            found.append(hint)
            continue
        style = found[index]
        extra = hint.suggestions[0]
        found[index] = replace(
            style,
            params=make_params({**dict(style.params), "also": extra}),
            suggestions=tuple(dict.fromkeys((extra, *style.suggestions))),
        )
    return found


def headline_hints(headline: str, line: int, rules: StyleRules) -> list[Hint]:
    """A headline longer than the desk's limits (characters or words)."""
    text = headline.strip().lstrip("#").strip()
    if not text:
        return []
    max_chars = rules.settings["headline_max_chars"]
    max_words = rules.settings["headline_max_words"]
    count = len(text.split())
    if len(text) <= max_chars and count <= max_words:
        return []
    params = make_params(
        {"chars": len(text), "words": count, "max_chars": max_chars, "max_words": max_words}
    )
    start = headline.index(text)
    return [Hint(line, start + 1, len(text), "judul", "judul", params, (), HintKind.NOTICE, text)]


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def canonical_term(text: str) -> str:
    """A term with case, spaces and hyphens dropped: "Kerja Sama", "kerjasama" -> "kerjasama"."""
    return _NOT_ALNUM.sub("", text.casefold())


def line_terms(text: str, line_words: Sequence[Word]) -> tuple[Term, ...]:
    """Every word of a line and every pair of words one space apart, keyed for consistency."""
    terms: list[Term] = []
    previous_key = ""
    previous_start = previous_end = -2
    for word in line_words:
        word_text = word.text
        start = word.start
        key = word_text.casefold() if word_text.isalpha() else canonical_term(word_text)
        terms.append(Term(key, start, word_text, False))
        if previous_end == start - 1 and text[previous_end] == " ":
            terms.append(
                Term(
                    previous_key + key,
                    previous_start,
                    text[previous_start : start + len(word_text)],
                    True,
                )
            )
        previous_key, previous_start, previous_end = key, start, start + len(word_text)
    return tuple(terms)


def consistency_hints(terms_by_line: Sequence[Sequence[Term]], rules: StyleRules) -> list[Hint]:
    """The same term written two ways in one text ("Kerja Sama" and "Kerjasama")."""
    singles: dict[str, list[tuple[int, int, str]]] = {}
    pairs: list[tuple[str, tuple[int, int, str]]] = []
    for number, terms in enumerate(terms_by_line, start=1):
        for term in terms:
            if term.pair:
                pairs.append((term.key, (number, term.start, term.text)))
            else:
                singles.setdefault(term.key, []).append((number, term.start, term.text))
    variants: dict[str, dict[str, list[tuple[int, int, str]]]] = {}
    for key, occurrence in pairs:
        if key in singles:
            variants.setdefault(key, {}).setdefault(occurrence[2].casefold(), []).append(occurrence)
    for key, occurrences in singles.items():
        forms = variants.get(key)
        if forms is None:
            if len(occurrences) < 2 or len({text.casefold() for _, _, text in occurrences}) < 2:
                continue
            forms = variants[key] = {}
        for occurrence in occurrences:
            forms.setdefault(occurrence[2].casefold(), []).append(occurrence)
    found: list[Hint] = []
    for forms in variants.values():
        if len(forms) < 2:
            continue
        ranked = sorted(
            forms.items(),
            key=lambda item: (item[0] in rules.replacements, -len(item[1]), item[1][0][:2]),
        )
        preferred = ranked[0][1][0][2]
        for _, occurrences in ranked[1:]:
            for number, start, text in occurrences:
                params = make_params({"preferred": preferred, "found": text})
                found.append(
                    Hint(
                        number,
                        start + 1,
                        len(text),
                        "konsisten",
                        "konsisten",
                        params,
                        (match_case(text, preferred),),
                        HintKind.NOTICE,
                        text,
                    )
                )
    return found
