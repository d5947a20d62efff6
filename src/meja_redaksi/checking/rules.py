"""Load the desk's style rule file (``resources/checking/style_rules.tsv``) into compiled patterns.

The file format is documented at the top of the file itself. Loading is cached per file version (path,
size and modification time), so the engine compiles the rules once and picks up the desk's edits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from meja_redaksi.checking.messages import DESK_TEMPLATE
from meja_redaksi.domain.errors import UserError

KINDS = frozenset(
    {"replace", "regex", "di-place", "di-word", "di-apart", "title", "generic", "setting"}
)
SETTINGS = {"headline_max_chars": 90, "headline_max_words": 14}
DEFAULT_RULE_IDS = {"replace": "baku", "regex": "gaya"}
# A replace pattern that the tokenizer sees as one word is looked up per word, not scanned for.
_SINGLE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class PatternRule:
    """A compiled ``replace`` or ``regex`` rule."""

    pattern: re.Pattern[str]
    template: str
    rule: str
    note: str
    """The desk's own explanation ('' = the built-in message of the rule's kind)."""
    note_en: str
    """Its English version ('' = show the desk's text)."""
    literal: bool

    def message_params(self, suggestion: str) -> dict[str, str]:
        """The parameters of a hint of this rule: the desk's note, or the suggestion.

        A replace rule names its standard form as the file writes it; a regex rule its expansion.
        """
        shown = self.template if self.literal else suggestion
        if not self.note:
            return {"suggestion": shown}
        params = {"note": self.note, "suggestion": shown}
        if self.note_en:
            params["note_en"] = self.note_en
        return params

    @property
    def message_template(self) -> str:
        """The template of this rule's hints (the desk's note, or the kind's built-in message)."""
        if self.note:
            return DESK_TEMPLATE
        return "replace" if self.literal else "regex"


@dataclass(slots=True)
class StyleRules:
    """Everything the style checker needs from the rule file, compiled."""

    replacements: dict[str, PatternRule] = field(default_factory=dict)
    word_replacements: dict[str, PatternRule] = field(default_factory=dict)
    replace_pattern: re.Pattern[str] | None = None
    regex_rules: list[PatternRule] = field(default_factory=list)
    di_place: frozenset[str] = frozenset()
    di_word: frozenset[str] = frozenset()
    di_apart: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    title_pattern: re.Pattern[str] | None = None
    generic: frozenset[str] = frozenset()
    settings: dict[str, int] = field(default_factory=lambda: dict(SETTINGS))


def default_rules_path() -> Path:
    """The rule file shipped with the application."""
    return Path(str(resources.files("meja_redaksi.resources.checking").joinpath("style_rules.tsv")))


def _fail(source: str, number: int, message: str) -> UserError:
    return UserError(f"{source} line {number}: {message}")


def parse_rules(text: str, source: str = "style_rules.tsv") -> StyleRules:
    """Parse and compile rule-file text; a bad line raises a UserError naming the line."""
    rules = StyleRules()
    di_place: set[str] = set()
    di_word: set[str] = set()
    di_apart: set[str] = set()
    generic: set[str] = set()
    titles: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [part.strip() for part in raw.split("\t")]
        fields += [""] * (6 - len(fields))
        kind, pattern, suggestion, rule_id, note, note_en = fields[:6]
        if kind not in KINDS:
            raise _fail(source, number, f"unknown kind {kind!r} (fields are separated by TABs)")
        if not pattern:
            raise _fail(source, number, "the pattern is empty")
        if kind == "replace":
            if not suggestion:
                raise _fail(source, number, "a replace rule needs a suggestion")
            rules.replacements[pattern.casefold()] = PatternRule(
                re.compile(re.escape(pattern)),
                suggestion,
                rule_id or DEFAULT_RULE_IDS[kind],
                note,
                note_en,
                literal=True,
            )
        elif kind == "regex":
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise _fail(source, number, f"bad regular expression: {exc}") from None
            rules.regex_rules.append(
                PatternRule(
                    compiled,
                    suggestion,
                    rule_id or DEFAULT_RULE_IDS[kind],
                    note,
                    note_en,
                    literal=False,
                )
            )
        elif kind == "setting":
            if pattern not in SETTINGS:
                raise _fail(source, number, f"unknown setting {pattern!r}")
            if not suggestion.isdigit():
                raise _fail(source, number, f"setting {pattern} needs a whole number")
            rules.settings[pattern] = int(suggestion)
        else:
            target = {
                "di-place": di_place,
                "di-word": di_word,
                "di-apart": di_apart,
                "generic": generic,
            }.get(kind)
            if target is not None:
                target.add(pattern.casefold())
            else:
                titles.append(" ".join(pattern.casefold().split()))
    rules.di_place = frozenset(di_place)
    rules.di_word = frozenset(di_word)
    rules.di_apart = frozenset(di_apart)
    rules.generic = frozenset(generic)
    rules.titles = tuple(sorted(set(titles), key=len, reverse=True))
    rules.word_replacements = {
        key: rule for key, rule in rules.replacements.items() if _SINGLE_WORD.fullmatch(key)
    }
    phrases = [key for key in rules.replacements if key not in rules.word_replacements]
    if phrases:
        alternatives = sorted(phrases, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, alt.split())) for alt in alternatives)
        rules.replace_pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)
    if rules.titles:
        body = "|".join(r"\s+".join(map(re.escape, t.split())) for t in rules.titles)
        rules.title_pattern = re.compile(
            rf"(?<![\w-])(?P<title>{body})\s+(?P<name>[^\W\d_][\w'’-]*)", re.IGNORECASE
        )
    return rules


@lru_cache(maxsize=8)
def _load_cached(path: str, _size: int, _mtime_ns: int) -> StyleRules:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read the style rules {file.name}: {exc}") from None
    return parse_rules(text, file.name)


def load_rules(path: Path | None = None) -> StyleRules:
    """Load (once per file version) the rule file at ``path``, or the shipped one."""
    file = path or default_rules_path()
    try:
        stat = file.stat()
    except OSError as exc:
        raise UserError(f"cannot read the style rules {file.name}: {exc.strerror}") from None
    return _load_cached(str(file), stat.st_size, stat.st_mtime_ns)
