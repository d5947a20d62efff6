"""The newsroom dictionary file: checked words, locked appends, atomic merges, and its sync diff."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from meja_redaksi.checking.newsroom_file import (
    newsroom_file,
    read_entries,
    update_file,
    validate_word,
    word_id,
)
from meja_redaksi.checking.spelling import NewsroomDictionary
from meja_redaksi.domain.errors import UserError
from meja_redaksi.store import Store
from meja_redaksi.sync.protocol import Change, OpKind
from meja_redaksi.sync.words import NewsroomWords


def test_word_ids_are_stable_and_follow_the_normalised_word() -> None:
    assert word_id("Hachigian") == word_id(" Hachigian\n")
    assert word_id("Café") == word_id("Cafe\u0301")
    assert word_id("Hachigian") != word_id("hachigian")
    # Pinned: devices of different versions must derive the same record id for a word.
    assert word_id("Hachigian") == "b1200a2a-bb3b-5f4a-acd9-4694304c36b4"


@pytest.mark.parametrize("bad", ["", "  ", "dua kata", "a\u00a0b", "x" * 65, "123", "<b>", "k\x00"])
def test_bad_words_are_refused(bad: str) -> None:
    with pytest.raises(UserError):
        validate_word(bad)


def test_update_keeps_comments_and_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    path.write_text("# kamus\nBetawi # suku\nKerja Sama Kota\nSettat", encoding="utf-8")
    assert update_file(path, add=["Hachigian", "Betawi"], remove=["Settat"]) is True
    assert (
        path.read_text(encoding="utf-8") == "# kamus\nBetawi # suku\nKerja Sama Kota\nHachigian\n"
    )
    assert update_file(path, add=["Hachigian"], remove=["Settat"]) is False
    assert not list(tmp_path.glob(".*.tmp"))


def test_appends_and_merges_from_many_threads_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    typed = [[f"Kata{t}x{n}" for n in range(25)] for t in range(3)]
    merged = [f"Tarik{n}" for n in range(25)]

    def typist(words: list[str]) -> None:
        dictionary = NewsroomDictionary(path)
        for word in words:
            dictionary.add_word(word)

    def merger() -> None:
        for word in merged:
            update_file(path, add=[word], remove=[])

    threads = [threading.Thread(target=typist, args=(w,)) for w in typed]
    threads.append(threading.Thread(target=merger))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    expected = {w for words in typed for w in words} | set(merged)
    entries = read_entries(path)
    assert set(entries) == expected and len(entries) == len(expected)


def test_remove_word_only_removes_file_words(tmp_path: Path) -> None:
    path = tmp_path / "kamus_redaksi.txt"
    dictionary = NewsroomDictionary(path)
    dictionary.add_word("Hachigian")
    assert "Hachigian" in dictionary
    assert dictionary.remove_word("Hachigian") == "Hachigian"
    assert "Hachigian" not in dictionary and read_entries(path) == []
    with pytest.raises(UserError, match="proper nouns"):
        dictionary.remove_word("Jakarta")
    with pytest.raises(UserError, match="not in the newsroom dictionary"):
        dictionary.remove_word("Settat")


def test_local_changes_are_the_file_against_the_agreed_words(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        words = NewsroomWords(store)
        file = newsroom_file(path)
        file.write_text("Hachigian\nSettat\nKerja Sama\n", encoding="utf-8")
        assert words.changes() == {"Hachigian": OpKind.UPSERT, "Settat": OpKind.UPSERT}
        pulled = [
            Change(1, "word", word_id("Settat"), 1, False, {"word": "Settat", "added_by": "eka"}),
            Change(2, "word", word_id("Betawi"), 1, False, {"word": "Betawi", "added_by": "eka"}),
            Change(3, "word", word_id("Hachigian"), 2, True, {"word": "Hachigian"}),
            Change(4, "word", word_id("Palsu"), 1, False, {"word": "Bukan"}),
        ]
        skipped = words.apply(pulled)
        assert len(skipped) == 1 and "does not belong to 'Bukan'" in skipped[0]
        # Hachigian was added here and never agreed: the tombstone does not remove it.
        assert read_entries(file) == ["Hachigian", "Settat", "Kerja Sama", "Betawi"]
        again = NewsroomWords(store)  # the agreed words survive a restart
        assert again.changes() == {"Hachigian": OpKind.UPSERT}
        assert again.base["Betawi"]["by"] == "eka"
        file.write_text("Hachigian\nBetawi\n", encoding="utf-8")
        assert again.changes() == {"Hachigian": OpKind.UPSERT, "Settat": OpKind.DELETE}
