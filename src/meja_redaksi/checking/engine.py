"""The copy checker: spelling plus the desk's style rules over a whole article or one line.

One :class:`CopyChecker` lives as long as the app. Line results are cached by the line's text, so
re-checking a document after a keystroke only does the work for the changed line; the article-wide rules
(the same term written two ways, headline length) are a cheap pass over the cached words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from meja_redaksi.checking.document_rules import (
    Term,
    canonical_term,
    consistency_hints,
    headline_hints,
    line_terms,
    merge_consistency,
)
from meja_redaksi.checking.hints import Hint, HintKind
from meja_redaksi.checking.rules import StyleRules, default_rules_path, load_rules
from meja_redaksi.checking.spelling import (
    NewsroomDictionary,
    SpellChecker,
    SpellingDictionary,
    open_hunspell,
)
from meja_redaksi.checking.style import (
    dateline_hints,
    di_apart_hints,
    di_joined_hint,
    regex_hints,
    replacement_hints,
    title_hints,
)
from meja_redaksi.checking.tokens import is_abbreviation, mask_non_prose, words
from meja_redaksi.domain.entities import Article

log = logging.getLogger(__name__)


MISSING_DICTIONARY = (
    "the Indonesian spelling dictionary (hunspell-id) is not installed: only the style rules run"
)
LINE_CACHE_SIZE = 8192
_notice_given = False


def _missing_dictionary_notice() -> None:
    global _notice_given
    if not _notice_given:
        _notice_given = True
        log.warning(MISSING_DICTIONARY)


def open_dictionary() -> SpellingDictionary | None:
    """Open hunspell-id (the default); a test can pass another opener to :class:`CopyChecker`."""
    return open_hunspell()


@dataclass(frozen=True, slots=True)
class LineAnalysis:
    """What one line yields, cached by its text: hints (line 1) and its terms for consistency."""

    hints: tuple[Hint, ...]
    terms: tuple[Term, ...]


class CopyChecker:
    """Spelling and style hints for Indonesian news copy."""

    def __init__(
        self,
        newsroom_path: Path | None = None,
        rules_path: Path | None = None,
        dictionary_opener: Callable[[], SpellingDictionary | None] = open_dictionary,
    ) -> None:
        self.rules_path = rules_path or default_rules_path()
        dictionary = dictionary_opener()
        if dictionary is None:
            _missing_dictionary_notice()
        self.speller = SpellChecker(NewsroomDictionary(newsroom_path), dictionary)
        self._lines: dict[str, LineAnalysis] = {}
        self._rules: StyleRules | None = None

    @property
    def rules(self) -> StyleRules:
        """The compiled style rules (reloaded only when the file changes; cached lines then go)."""
        rules = load_rules(self.rules_path)
        if rules is not self._rules:
            self._rules = rules
            self._lines.clear()
        return rules

    @property
    def notice(self) -> str | None:
        """A message for the user when spelling cannot be checked, else None."""
        return None if self.speller.available else MISSING_DICTIONARY

    def clear_cache(self) -> None:
        """Forget every cached line and word answer (the next check starts cold)."""
        self._lines.clear()
        self.speller.clear_cache()
        canonical_term.cache_clear()

    def _analyse(self, text: str, rules: StyleRules) -> LineAnalysis:
        """Hints of one line (line number 1) and its terms, cached by the text."""
        cached = self._lines.get(text)
        if cached is not None:
            return cached
        prose = mask_non_prose(text)
        line_words = tuple(words(prose))
        found: list[Hint] = []
        found += replacement_hints(prose, line_words, 1, rules)
        found += regex_hints(prose, 1, rules)
        found += dateline_hints(prose, 1)
        found += title_hints(prose, 1, rules)
        found += di_apart_hints(prose, 1, rules, self.speller)
        if prose is not text:  # a match that reaches into a URL, code or tag is no hint
            found = [h for h in found if text[h.column - 1 : h.column - 1 + h.length] == h.text]
        covered = {h.column - 1 + i for h in found for i in range(h.length)} if found else ()
        for word in line_words:
            if len(word.text) < 2 or word.start in covered:
                continue
            joined = di_joined_hint(word, 1, rules, self.speller)
            if joined is not None:
                found.append(joined)
            elif (
                self.speller.available
                and not is_abbreviation(word.text)
                and not self.speller.is_correct(word.text)
            ):
                found.append(
                    Hint(
                        1,
                        word.start + 1,
                        len(word.text),
                        "ejaan",
                        "ejaan",
                        (("word", word.text),),
                        kind=HintKind.SPELLING,
                        text=word.text,
                    )
                )
        found.sort(key=lambda h: (h.column, h.rule))
        result = LineAnalysis(tuple(found), line_terms(text, line_words))
        if len(self._lines) >= LINE_CACHE_SIZE:
            self._lines.clear()
        self._lines[text] = result
        return result

    def cached_line(self, text: str) -> tuple[Hint, ...] | None:
        """The per-line hints of ``text`` if it was checked already (no work is done), else None."""
        analysis = self._lines.get(text)
        return None if analysis is None else analysis.hints

    def check_line(self, text: str, line: int = 1) -> list[Hint]:
        """Hints of one line that need no other line (spelling and the per-line style rules)."""
        hints = self._analyse(text, self.rules).hints
        return [replace(h, line=line) for h in hints] if line != 1 else list(hints)

    def check_lines(
        self,
        lines: Sequence[str],
        *,
        headline_index: int | None = None,
        suggest: bool = False,
    ) -> list[Hint]:
        """Check a document given as lines; ``headline_index`` (0-based) names the headline line."""
        rules = self.rules
        found: list[Hint] = []
        terms_by_line: list[tuple[Term, ...]] = []
        for number, text in enumerate(lines, start=1):
            analysis = self._analyse(text, rules)
            terms_by_line.append(analysis.terms)
            for h in analysis.hints:
                found.append(
                    Hint(
                        number,
                        h.column,
                        h.length,
                        h.rule,
                        h.template,
                        h.params,
                        h.suggestions,
                        h.kind,
                        h.text,
                    )
                )
        found = merge_consistency(found, consistency_hints(terms_by_line, rules))
        if headline_index is not None and 0 <= headline_index < len(lines):
            found += headline_hints(lines[headline_index], headline_index + 1, rules)
        if suggest:
            found = [self.with_suggestions(h) for h in found]
        found.sort(key=lambda h: (h.line, h.column, h.rule))
        return found

    def check_text(
        self, text: str, *, headline_index: int | None = None, suggest: bool = False
    ) -> list[Hint]:
        """Check a whole text (lines split on newlines)."""
        return self.check_lines(text.split("\n"), headline_index=headline_index, suggest=suggest)

    def check_article(self, article: Article, *, suggest: bool = False) -> list[Hint]:
        """Check an article laid out as headline, blank line, lead, blank line, body (line numbers)."""
        return self.check_text(article_text(article), headline_index=0, suggest=suggest)

    def with_suggestions(self, hint: Hint) -> Hint:
        """Fill in spelling suggestions (hunspell's suggest costs ~15 ms, so only on request)."""
        if hint.kind is not HintKind.SPELLING or hint.suggestions:
            return hint
        return replace(hint, suggestions=self.suggest(hint.text))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Spelling suggestions for ``word``."""
        return self.speller.suggest(word)

    def add_word(self, word: str) -> str:
        """Add ``word`` to the newsroom dictionary and forget cached results that it changes."""
        added = self.speller.add_word(word)
        self._lines.clear()
        return added


def article_text(article: Article) -> str:
    """The text the checker sees: headline on line 1, lead from line 3, body after a blank line.

    Empty fields keep their place, so the headline rule never measures the lead.
    """
    parts = [" ".join(article.headline.split()), article.lead, article.body]
    return "\n\n".join(part.replace("\r\n", "\n").replace("\r", "\n") for part in parts)
