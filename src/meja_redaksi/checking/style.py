"""Style rules of Indonesian news copy that look at one line at a time.

The rules themselves come from the desk's data file (see :mod:`checking.rules`); this module applies them:
non-standard forms, the preposition "di" against the prefix "di-", capitals in official titles, datelines
and the file's regular-expression rules (money, percent, time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from meja_redaksi.checking.hints import Hint, HintKind, make_params
from meja_redaksi.checking.rules import PatternRule, StyleRules
from meja_redaksi.checking.spelling import SpellChecker
from meja_redaksi.checking.tokens import Word
from meja_redaksi.domain.dates import DAY_NAMES, MONTH_NAMES

_MONTH_NUMBER = {name.casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_DATELINE = re.compile(
    r"(?<![\w])(?P<day>{days})(?P<sep>,?\s*)(?P<open>\(?)\s*(?P<d>\d{{1,2}})"
    r"(?:/(?P<m>\d{{1,2}})|\s+(?P<mname>{months}))\s*(?P<close>\)?)(?![\d/])(?!\s*\d)".format(
        days="|".join(DAY_NAMES), months="|".join(MONTH_NAMES)
    )
)
_NEXT_WORD = re.compile(r"\s*(\w+)")
_DI_APART = re.compile(r"(?<![\w-])(?P<di>[Dd]i)\s+(?P<word>[a-z][a-z-]*)(?![\w'’])")


def match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (first capital, or all capitals)."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _hint(
    line: int,
    start: int,
    text: str,
    rule: str,
    template: str,
    params: dict[str, str],
    *suggestions: str,
) -> Hint:
    return Hint(
        line,
        start + 1,
        len(text),
        rule,
        template,
        make_params(params),
        tuple(suggestions),
        HintKind.STYLE,
        text,
    )


def replacement_hints(
    text: str, line_words: Sequence[Word], line: int, rules: StyleRules
) -> Iterable[Hint]:
    """Non-standard words and phrases of the rule file (``kerjasama`` -> ``kerja sama``)."""
    found: list[tuple[int, str, PatternRule]] = []
    for word in line_words:
        rule = rules.word_replacements.get(word.text.casefold())
        if rule is not None:
            found.append((word.start, word.text, rule))
    if rules.replace_pattern is not None:
        for match in rules.replace_pattern.finditer(text):
            phrase = match.group()
            found.append(
                (match.start(), phrase, rules.replacements[" ".join(phrase.casefold().split())])
            )
    for start, original, rule in found:
        suggestion = match_case(original, rule.template)
        if suggestion != original:
            params = rule.message_params(suggestion)
            yield _hint(line, start, original, rule.rule, rule.message_template, params, suggestion)


def regex_hints(text: str, line: int, rules: StyleRules) -> Iterable[Hint]:
    """The rule file's regular-expression rules (money, percent, time, bound forms)."""
    for rule in rules.regex_rules:
        for match in rule.pattern.finditer(text):
            found = match.group()
            suggestion = match.expand(rule.template)
            if found and suggestion != found:
                params = rule.message_params(suggestion)
                template = rule.message_template
                yield _hint(line, match.start(), found, rule.rule, template, params, suggestion)


def dateline_hints(text: str, line: int) -> Iterable[Hint]:
    """Datelines not in the portal's ``Senin (30/4)`` form (``Senin, 30/4``, ``Senin (30 April)``)."""
    for match in _DATELINE.finditer(text):
        opened, closed = bool(match["open"]), bool(match["close"])
        if opened != closed or (match["mname"] and not opened):
            continue
        month = match["m"] or str(_MONTH_NUMBER[match["mname"].casefold()])
        if not 1 <= int(month) <= 12 or not 1 <= int(match["d"]) <= 31:
            continue
        expected = f"{match['day']} ({int(match['d'])}/{int(month)})"
        found = match.group()
        if found != expected:
            params = {"expected": expected}
            yield _hint(line, match.start(), found, "dateline", "dateline", params, expected)


def _title_case(title: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in title.split())


def title_hints(text: str, line: int, rules: StyleRules) -> Iterable[Hint]:
    """A title before a name takes capitals (``gubernur Anies``), unless generic (``para gubernur``)."""
    if rules.title_pattern is None:
        return
    for match in rules.title_pattern.finditer(text):
        title, name = match["title"], match["name"]
        if not name[:1].isupper():
            continue
        expected = _title_case(" ".join(title.split()))
        if title == expected or title.isupper():
            continue
        before = text[: match.start()].split()
        if before and before[-1].casefold().strip("\"'“(") in rules.generic:
            continue
        params = {"expected": f"{expected} {name}"}
        yield _hint(line, match.start("title"), title, "jabatan", "jabatan", params, expected)


def di_joined_hint(word: Word, line: int, rules: StyleRules, speller: SpellChecker) -> Hint | None:
    """The preposition "di" written together with a place (``disana``, ``dijakarta``)."""
    text = word.text
    folded = text.casefold()
    if len(text) < 4 or not folded.startswith("di") or folded in rules.di_word:
        return None
    rest = text[2:]
    rest_folded = rest.casefold()
    prefix = text[:2]
    suggestion: str | None = None
    if rest_folded in rules.di_place:
        suggestion = f"{prefix} {rest}"
    elif speller.is_dictionary_word(text) or text in speller.newsroom:
        return None
    else:
        proper = speller.newsroom.proper_form(rest_folded)
        if proper is not None and proper[:1].isupper():
            suggestion = f"{prefix} {proper}"
    if suggestion is None:
        return None
    return _hint(line, word.start, text, "di-pisah", "di-pisah", {}, suggestion)


def di_apart_hints(
    text: str, line: int, rules: StyleRules, speller: SpellChecker
) -> Iterable[Hint]:
    """The passive prefix "di-" written apart from its verb (``di tandatangani``)."""
    if not speller.available:
        return
    for match in _DI_APART.finditer(text):
        verb = match["word"]
        if verb in rules.di_place or verb in rules.di_apart or "-" in verb:
            continue
        if verb.endswith("an") and not verb.endswith("kan"):
            continue  # di- + ...-an is no verb form: "di urutan", "di lapangan"
        following = _NEXT_WORD.match(text, match.end())
        if following and f"{verb} {following[1]}".casefold() in rules.di_apart:
            continue
        joined = match["di"] + verb
        if speller.is_dictionary_word(joined.casefold()):
            rule = "di-serangkai"
            yield _hint(line, match.start(), match.group(), rule, rule, {}, joined)
