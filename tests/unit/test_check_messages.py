"""Hint messages in Indonesian and English: every rule, the desk's own texts, the fallbacks."""

from __future__ import annotations

import re
import string

import pytest

from meja_redaksi.checking import CopyChecker, Hint
from meja_redaksi.checking.messages import (
    ALSO_WRITTEN,
    MESSAGES,
    language_from_environment,
    render_message,
)
from meja_redaksi.checking.rules import StyleRules, load_rules, parse_rules
from meja_redaksi.checking.style import replacement_hints
from meja_redaksi.checking.tokens import words

# One text that breaks every rule: each line names the rules it must raise.
EVERY_RULE = (
    "Gubernur Tinjau Banjir dan Genangan di Lima Kecamatan Jakarta Utara Bersama Warga dan Petugas\n"
    "\n"
    "Warga dijakarta mengeluhkan anggaarn perbaikan tanggul.\n"
    "Surat itu di tandatangani gubernur Anies, Senin, 30/4.\n"
    "Pencetakan eKTP dilayani, dan e-KTP dibagikan.\n"
    "Kerjasama berjalan. Kerja Sama dengan Tokyo diperluas.\n"
    "Biaya Rp. 100 juta naik 5 %, mulai jam 10:00, tapi lambat.\n"
    "Pendaftaran dibuka untuk kerjasama antar daerah."
)
EXPECTED_RULES = {
    "judul",
    "di-pisah",
    "ejaan",
    "di-serangkai",
    "jabatan",
    "dateline",
    "konsisten",
    "baku",
    "rupiah",
    "persen",
    "waktu",
    "gabung",
}
_FIELD = re.compile(r"\{(\w+)\}")


def template_words(text: str) -> set[str]:
    """Words of a template outside its {fields}, folded."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", _FIELD.sub(" ", text))}


INDONESIAN_ONLY = set().union(*map(template_words, MESSAGES["id"].values())) - set().union(
    *map(template_words, MESSAGES["en"].values())
)
"""Words of the Indonesian templates that no English template uses ("kamus", "ditulis", "bentuk")."""


@pytest.fixture(scope="module")
def every_hint() -> list[Hint]:
    return CopyChecker().check_text(EVERY_RULE, headline_index=0)


def test_every_template_has_both_languages_with_the_same_fields() -> None:
    assert MESSAGES["id"].keys() == MESSAGES["en"].keys()
    for template, indonesian in MESSAGES["id"].items():
        english = MESSAGES["en"][template]
        id_fields = {f for _, f, _, _ in string.Formatter().parse(indonesian) if f}
        en_fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        if template == "desk":
            assert (id_fields, en_fields) == ({"note"}, {"note_en"})
        else:
            assert id_fields == en_fields, template
            assert english != indonesian
    assert len(INDONESIAN_ONLY) > 20  # the check below has words to look for


def test_the_sample_raises_every_rule(every_hint: list[Hint]) -> None:
    assert {h.rule for h in every_hint} == EXPECTED_RULES
    assert any(h.param("also") for h in every_hint)  # a style hint folded with consistency


def test_every_hint_reads_in_english_without_indonesian_template_words(
    every_hint: list[Hint],
) -> None:
    for hint in every_hint:
        indonesian, english = hint.message, hint.message_in("en")
        assert indonesian == hint.message_in("id")
        assert english and english != indonesian, hint
        without_values = english
        for _, value in hint.params:
            if _ not in {"note_en"}:
                without_values = without_values.replace(value, " ")
        leftovers = template_words(without_values) & INDONESIAN_ONLY
        assert not leftovers, (hint.rule, english, leftovers)
        assert "{" not in english and "{" not in indonesian


def test_messages_carry_their_values(every_hint: list[Hint]) -> None:
    by_rule = {h.rule: h for h in every_hint}
    [misspelled] = [h for h in every_hint if h.text == "anggaarn"]
    assert misspelled.message_in("en") == "Not in the dictionary: anggaarn"
    assert misspelled.message == "Tidak ada di kamus: anggaarn"
    assert "Gubernur Anies" in by_rule["jabatan"].message_in("en")
    headline = EVERY_RULE.split("\n", 1)[0]
    judul = by_rule["judul"].message_in("en")
    assert judul.startswith(
        f"Headline too long: {len(headline)} characters, {len(headline.split())} words"
    )
    assert "90 characters, 14 words" in judul
    konsisten = by_rule["konsisten"]
    preferred = konsisten.param("preferred")
    assert {preferred, konsisten.text} == {"eKTP", "e-KTP"}
    assert konsisten.message_in("en") == (
        f"This term is written two ways in the text: '{preferred}' and '{konsisten.text}'"
    )


def test_every_shipped_file_rule_has_english() -> None:
    rules = load_rules()
    file_rules = [*rules.replacements.values(), *rules.regex_rules]
    assert len(file_rules) > 50
    for rule in file_rules:
        params = rule.message_params(rule.template)
        indonesian = render_message(rule.message_template, params, "id")
        english = render_message(rule.message_template, params, "en")
        assert english != indonesian, rule.rule
        assert not template_words(english) & INDONESIAN_ONLY - template_words(rule.template)


def test_desk_text_without_english_falls_back_to_the_desk_text() -> None:
    rules = parse_rules(
        "replace\tbis\tbus\tbaku\tDalam berita ditulis bus\n"
        "replace\tsopir\tsupir\tbaku\tTulis supir\tWrite supir\n"
        "replace\tkwalitas\tkualitas\n"
    )
    by_text = {}
    for text in ("Naik bis kota.", "Sopir angkot.", "Kwalitas air."):
        [hint] = [h for h in _check_with(rules, text) if h.rule == "baku"]
        by_text[text] = (hint.message, hint.message_in("en"))
    assert by_text["Naik bis kota."] == ("Dalam berita ditulis bus", "Dalam berita ditulis bus")
    assert by_text["Sopir angkot."] == ("Tulis supir", "Write supir")
    assert by_text["Kwalitas air."] == ("Bentuk baku: kualitas", "Standard form: kualitas")


def _check_with(rules: StyleRules, text: str) -> list[Hint]:
    return list(replacement_hints(text, list(words(text)), 1, rules))


def test_unknown_language_and_missing_parameters_fall_back() -> None:
    assert render_message("ejaan", {"word": "anggaarn"}, "fr") == "Tidak ada di kamus: anggaarn"
    assert render_message("ejaan", {}, "en") == "Not in the dictionary"
    assert render_message("no-such-template", {"note": "Catatan"}, "en") == "Catatan"
    also = render_message("replace", {"suggestion": "risiko", "also": "Resiko"}, "en")
    assert also == "Standard form: risiko" + ALSO_WRITTEN["en"].format(also="Resiko")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LC_MESSAGES": "id_ID", "LANG": "en_US"}, "id"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "fr_FR.UTF-8"}, None),
        ({}, None),
    ],
)
def test_language_from_environment(environ: dict[str, str], expected: str | None) -> None:
    assert language_from_environment(environ) == expected
