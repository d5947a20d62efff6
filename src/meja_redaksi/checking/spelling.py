"""Spelling of Indonesian: Debian's hunspell-id through pyenchant, plus the newsroom dictionary.

The newsroom dictionary is the desk's list of the province's proper nouns (shipped in
``resources/checking/proper_nouns.txt``) joined with a plain word-per-line file in the store folder that
"Tambahkan ke kamus redaksi" appends to.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from meja_redaksi.checking.newsroom_file import (
    append_word,
    line_entry,
    read_entries,
    update_file,
    validate_word,
)
from meja_redaksi.domain.dates import DAY_NAMES, MONTH_NAMES
from meja_redaksi.domain.errors import UserError

LANGUAGE = "id_ID"
# Enclitics hunspell-id does not always know on a known base: "ujarnya", "tandasnya".
CLITICS = ("nya", "lah", "kah", "pun")


class SpellingDictionary(Protocol):
    """What the checker needs of a spelling dictionary (an ``enchant.Dict``)."""

    def check(self, word: str) -> bool:
        """True when ``word`` is spelled right."""

    def suggest(self, word: str) -> list[str]:
        """Corrections for ``word``, best first."""


def _read_list(text: str) -> list[str]:
    """Entries of a word list: one per line, ``#`` starts a comment, blank lines ignored."""
    return [entry for entry in map(line_entry, text.splitlines()) if entry]


@lru_cache(maxsize=1)
def proper_nouns() -> tuple[str, ...]:
    """The desk's list of the province's proper nouns (entries may hold several words)."""
    text = resources.files("meja_redaksi.resources.checking").joinpath("proper_nouns.txt")
    calendar = (*DAY_NAMES, *MONTH_NAMES)  # hunspell-id lacks some of them ("Selasa")
    return (*_read_list(text.read_text(encoding="utf-8")), *calendar)


def active_forms(root: str) -> tuple[str, ...]:
    """The meN- forms a verb root may take (``gelar`` -> ``menggelar``, ``pukul`` -> ``memukul``)."""
    first, rest = root[0], root[1:]
    if first in "lmnrwy":
        return ("me" + root,)
    if first in "bfv":
        return ("mem" + root,)
    if first == "p":
        return ("mem" + rest, "memp" + rest)
    if first in "dcjz":
        return ("men" + root,)
    if first == "t":
        return ("men" + rest, "ment" + rest)
    if first == "s":
        return ("meny" + rest, "mens" + rest)
    if first == "k":
        return ("meng" + rest, "mengk" + rest)
    return ("meng" + root,)


class NewsroomDictionary:
    """Words the newsroom accepts: the shipped proper nouns plus the store's own word file."""

    def __init__(self, path: Path | None = None, extra: Iterable[str] = ()) -> None:
        self.path = path
        self._extra = list(extra)
        self.entries: list[str] = list(proper_nouns()) + self._extra
        self.file_entries: list[str] = read_entries(path) if path is not None else []
        self.entries += self.file_entries
        self._words: set[str] = set()
        self._by_folded: dict[str, str] = {}
        for entry in self.entries:
            self._index(entry)

    def _index(self, entry: str) -> None:
        for part in entry.split():
            self._words.add(part)
            self._by_folded.setdefault(part.casefold(), part)
        if " " in entry:
            self._by_folded.setdefault(entry.replace(" ", "").casefold(), entry)

    def __contains__(self, word: object) -> bool:
        """True for a listed word as written, or in capitals (``JAKARTA``) when listed capitalised."""
        if not isinstance(word, str):
            return False
        if word in self._words:
            return True
        return word.isupper() and word.capitalize() in self._words

    def proper_form(self, folded_word: str) -> str | None:
        """The listed spelling of a word or joined phrase given in any case (``jakarta`` -> ``Jakarta``)."""
        return self._by_folded.get(folded_word.casefold())

    def add_word(self, word: str) -> str:
        """Append ``word`` to the store's word file (flushed to disk); return the word as stored."""
        cleaned = validate_word(word)
        if cleaned in self._words:
            return cleaned
        if self.path is None:
            raise UserError("no newsroom dictionary file is open: open a store first")
        # Appending under the file's lock never drops a word another writer added meanwhile.
        append_word(self.path, cleaned)
        self.entries.append(cleaned)
        self.file_entries.append(cleaned)
        self._index(cleaned)
        return cleaned

    def remove_word(self, word: str) -> str:
        """Remove ``word`` from the store's word file; return it. Only words of the file can go."""
        cleaned = " ".join(line_entry(word).split())
        if self.path is None:
            raise UserError("no newsroom dictionary file is open: open a store first")
        if cleaned not in self.file_entries:
            if cleaned in self._words:
                raise UserError(
                    f"{cleaned!r} is in the desk's list of proper nouns, not in the newsroom "
                    "dictionary file"
                )
            raise UserError(f"{cleaned!r} is not in the newsroom dictionary")
        update_file(self.path, remove=[cleaned])
        self.file_entries = [e for e in self.file_entries if e != cleaned]
        self.entries = list(proper_nouns()) + self._extra + self.file_entries
        self._words.clear()
        self._by_folded.clear()
        for entry in self.entries:
            self._index(entry)
        return cleaned


def open_hunspell(language: str = LANGUAGE) -> SpellingDictionary | None:
    """Open the hunspell dictionary through enchant, or return None when it is not installed."""
    try:
        import enchant
    except ImportError:  # the C library libenchant is missing
        return None
    try:
        if not enchant.dict_exists(language):
            return None
        return enchant.Dict(language)  # type: ignore[no-any-return]
    except enchant.errors.Error:
        return None


class SpellChecker:
    """Checks words against hunspell-id and the newsroom dictionary, caching every answer."""

    def __init__(self, newsroom: NewsroomDictionary, dictionary: SpellingDictionary | None) -> None:
        self.newsroom = newsroom
        self.dictionary = dictionary
        self._known: dict[str, bool] = {}
        self._correct: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        """False when the hunspell dictionary is missing (only the style rules run)."""
        return self.dictionary is not None

    def is_dictionary_word(self, word: str) -> bool:
        """True when hunspell knows ``word`` (newsroom words do not count here)."""
        if self.dictionary is None:
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self.dictionary.check(word)
        return known

    def is_correct(self, word: str) -> bool:
        """True for a word in the newsroom list or the dictionary, or hyphenated parts that all are."""
        correct = self._correct.get(word)
        if correct is None:
            correct = self._correct[word] = self._is_correct(word)
        return correct

    def _is_correct(self, word: str) -> bool:
        if word in self.newsroom or self.is_dictionary_word(word):
            return True
        if "-" in word:
            return all(
                part in self.newsroom or self.is_dictionary_word(part)
                for part in word.split("-")
                if part
            )
        folded = word.casefold()
        if folded.startswith("di") and (
            self.is_passive_verb(folded) or self._is_passive_of_known_root(folded[2:])
        ):
            return True
        # Headlines use the bare verb ("Tingkatkan", "Perkuat") that hunspell-id lacks for some roots;
        # its passive ("ditingkatkan") proves the verb.
        if len(folded) >= 4 and self.is_dictionary_word("di" + folded):
            return True
        for clitic in CLITICS:
            if folded.endswith(clitic) and len(word) - len(clitic) >= 3:
                base = word[: -len(clitic)]
                if base in self.newsroom or self.is_dictionary_word(base):
                    return True
        return False

    def clear_cache(self) -> None:
        """Forget the cached dictionary answers."""
        self._known.clear()
        self._correct.clear()

    def _is_passive_of_known_root(self, rest: str) -> bool:
        """``dicek``, ``dimeriahkan``, ``disesaki``: a known root with an optional -kan/-i.

        hunspell-id lacks many passives of loan and news words; the root proves the word.
        """
        if len(rest) < 3:
            return False
        roots = [rest]
        for suffix in ("kan", "i"):
            if rest.endswith(suffix) and len(rest) - len(suffix) >= 3:
                roots.append(rest[: -len(suffix)])
        return any(root in self.newsroom or self.is_dictionary_word(root) for root in roots)

    def is_passive_verb(self, word: str) -> bool:
        """True for "di" + a root whose active meN- form is known (``digelar``: ``menggelar``).

        hunspell-id lacks some passives; the active form proves the verb, and tells the prefix
        "di-" apart from the preposition written together with a noun (``dirumah``).
        """
        root = word[2:].casefold()
        if len(root) < 3 or self.dictionary is None:
            return False
        return any(self.is_dictionary_word(form) for form in active_forms(root))

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Suggestions for a misspelled word, best first (newsroom spelling first when it is one)."""
        found: list[str] = []
        proper = self.newsroom.proper_form(word)
        if proper is not None and proper != word:
            found.append(proper)
        if self.dictionary is not None:
            found += self._dictionary_suggestions(word)
        return tuple(dict.fromkeys(found))[:limit]

    @lru_cache(maxsize=4096)  # noqa: B019 - one checker lives as long as the app
    def _dictionary_suggestions(self, word: str) -> tuple[str, ...]:
        assert self.dictionary is not None
        return tuple(self.dictionary.suggest(word))

    def add_word(self, word: str) -> str:
        """Add a word to the newsroom dictionary; it is accepted from now on."""
        added = self.newsroom.add_word(word)
        self.clear_cache()
        return added
