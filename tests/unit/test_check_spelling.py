"""Spelling: the tokenizer, hunspell-id, the newsroom dictionary and the rule file loader."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from meja_redaksi.checking import CopyChecker, HintKind, engine
from meja_redaksi.checking.rules import load_rules, parse_rules
from meja_redaksi.checking.tokens import opens_sentence, words
from meja_redaksi.domain.errors import UserError


@pytest.fixture(scope="module")
def checker() -> CopyChecker:
    return CopyChecker()


def misspelled(checker: CopyChecker, text: str) -> list[str]:
    return [h.text for h in checker.check_text(text) if h.kind is HintKind.SPELLING]


def test_tokenizer_skips_what_is_not_a_word() -> None:
    line = (
        "Info di https://jakarta.go.id/berita atau humas@jakarta.go.id, tarif Rp3.500, "
        "bus 1E ke Blok M pukul 10.00, `kode` <b>tebal</b> [tautan](http://x.id) kota-kota Jum'at"
    )
    found = [w.text for w in words(line)]
    assert found == [
        "Info", "di", "atau", "tarif", "bus", "ke", "Blok", "M", "pukul",
        "tebal", "tautan", "kota-kota", "Jum'at",
    ]  # fmt: skip


def test_tokenizer_knows_sentence_starts() -> None:
    line = '"Kita ingin ada langkah konkret. Sehingga, kerja sama" Anies'
    starts = {w.text: opens_sentence(line, w.start) for w in words(line)}
    assert starts["Kita"] and starts["Sehingga"]
    assert not starts["ingin"] and not starts["Anies"]


def test_real_sentence_has_no_misspelling(checker: CopyChecker) -> None:
    text = (
        "Gubernur DKI Jakarta Pramono Anung meninjau normalisasi Kali Ciliwung di Kampung Melayu, "
        "Jakarta Timur, Selasa (14/1). Ia menegaskan, pengerjaan dilanjutkan tahun ini, ujarnya."
    )
    assert misspelled(checker, text) == ["Ciliwung"]


def test_misspellings_are_found_with_suggestions(checker: CopyChecker) -> None:
    hints = checker.check_text("Pemerintah menyiapkan anggaarn untuk pembangunan.", suggest=True)
    [hint] = [h for h in hints if h.kind is HintKind.SPELLING]
    assert (hint.text, hint.column, hint.length) == ("anggaarn", 23, 8)
    assert "anggaran" in hint.suggestions


def test_newsroom_words_are_accepted_in_their_listed_case(checker: CopyChecker) -> None:
    text = "Petugas Satpol PP dan Dishub berjaga di Cilandak dan Jagakarsa bersama Bapenda."
    assert misspelled(checker, text) == []
    assert misspelled(checker, "Warga cilandak mengeluhkan banjir.") == ["cilandak"]
    hints = checker.check_text("Warga cilandak mengeluhkan banjir.", suggest=True)
    assert hints[0].suggestions[0] == "Cilandak"


def test_abbreviations_and_bare_verbs_are_not_misspellings(checker: CopyChecker) -> None:
    text = "DKI Tingkatkan Kerja Sama dengan MRT dan LRT, Anies Sempatkan Hadiri Rapat"
    assert misspelled(checker, text) == []


def test_add_word_persists_and_is_used(tmp_path: Path) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    checker = CopyChecker(path)
    sentence = "Kepala Sudin Hachigian hadir."
    assert misspelled(checker, sentence) == ["Hachigian"]
    assert checker.add_word(" Hachigian ") == "Hachigian"
    assert misspelled(checker, sentence) == []
    assert path.read_text(encoding="utf-8") == "Hachigian\n"
    checker.add_word("Settat")
    assert path.read_text(encoding="utf-8").splitlines() == ["Hachigian", "Settat"]
    # a new checker over the same store file knows the words
    assert misspelled(CopyChecker(path), sentence + " Settat.") == []


@pytest.mark.parametrize("bad", ["", "   ", "dua kata", "12345", "<script>", "x" * 65])
def test_add_word_refuses_bad_input_and_changes_nothing(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    path.write_text("Hachigian\n", encoding="utf-8")
    checker = CopyChecker(path)
    with pytest.raises(UserError) as caught:
        checker.add_word(bad)
    assert "\n" not in str(caught.value)
    assert path.read_text(encoding="utf-8") == "Hachigian\n"


def test_missing_dictionary_runs_style_rules_only(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(engine, "_notice_given", False)
    with caplog.at_level(logging.WARNING, logger=engine.__name__):
        first = CopyChecker(dictionary_opener=lambda: None)
        CopyChecker(dictionary_opener=lambda: None)
    assert len([r for r in caplog.records if "hunspell-id" in r.getMessage()]) == 1
    assert first.notice is not None
    hints = first.check_text(
        "Kerjasama itu beresiko, kata gubernur Anies, disana. Anggaarn Rp 5 juta."
    )
    assert {h.rule for h in hints} == {"baku", "jabatan", "di-pisah", "rupiah"}
    assert CopyChecker().notice is None


def test_rule_file_errors_name_the_line() -> None:
    with pytest.raises(UserError, match="line 2: unknown kind"):
        parse_rules("replace\tresiko\trisiko\nganti\tx\ty\n")
    with pytest.raises(UserError, match="line 1: bad regular expression"):
        parse_rules("regex\t(Rp\tRp\n")
    with pytest.raises(UserError, match="line 1: a replace rule needs a suggestion"):
        parse_rules("replace\tresiko\n")
    with pytest.raises(UserError, match="needs a whole number"):
        parse_rules("setting\theadline_max_words\tbanyak\n")


def test_edited_rule_file_is_reloaded(tmp_path: Path) -> None:
    rules_file = tmp_path / "style_rules.tsv"
    rules_file.write_text("# aturan\nreplace\tpraktek\tpraktik\n", encoding="utf-8")
    checker = CopyChecker(rules_path=rules_file)
    assert load_rules(rules_file) is load_rules(rules_file)  # compiled once per version
    assert [h.rule for h in checker.check_text("praktek itu")] == ["baku"]
    rules_file.write_text(
        "replace\tpraktek\tpraktik\nsetting\theadline_max_words\t3\n", encoding="utf-8"
    )
    checker = CopyChecker(rules_path=rules_file)
    hints = checker.check_text("Empat Kata Judul Ini\n\nIsi.", headline_index=0)
    assert [h.rule for h in hints] == ["judul"]


def test_add_word_keeps_words_added_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    path.write_text("Settat", encoding="utf-8")  # edited by hand, no final newline
    first, second = CopyChecker(path), CopyChecker(path)
    first.add_word("Hachigian")
    second.add_word("Kasablanka")
    assert path.read_text(encoding="utf-8").splitlines() == ["Settat", "Hachigian", "Kasablanka"]


def test_links_and_code_are_not_style_checked(checker: CopyChecker) -> None:
    text = (
        "Baca [kerja sama](https://jakarta.go.id/kerjasama) dan `resiko` di "
        '<a href="/berita/himbauan">tautan</a>, surel info.resiko@jakarta.go.id.'
    )
    assert checker.check_text(text) == []
    assert [h.text for h in checker.check_text("Ada resiko di https://x.id/a b")] == ["resiko"]


def test_shipped_rule_file_is_consistent(checker: CopyChecker) -> None:
    rules = checker.rules
    assert rules.settings == {"headline_max_chars": 90, "headline_max_words": 14}
    # a place written after "di" must not also be a passive verb when joined (that would flag
    # correct copy): "dikali" is a word, so "kali" cannot be in the list
    joined_words = [w for w in rules.di_place if checker.speller.is_dictionary_word("di" + w)]
    assert joined_words == []
    for wrong, rule in rules.replacements.items():
        assert rule.template.casefold() != wrong
        # the standard form is never itself flagged as non-standard
        assert rule.template.casefold() not in rules.replacements
