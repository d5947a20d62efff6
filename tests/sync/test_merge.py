"""Three-way merge of body text and field-by-field merge of metadata."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.sync.merge import (
    merge_fields,
    merge_text,
    split_paragraphs,
    split_words,
)

BASE = (
    "Gubernur menerima delegasi pada Senin (30/4).\n\n"
    "Pertemuan membahas kerja sama sister city.\n\n"
    "Kita ingin ada langkah konkret, katanya."
)


def test_different_paragraphs_merge_cleanly() -> None:
    ours = BASE.replace("delegasi", "delegasi Los Angeles")
    theirs = BASE.replace("katanya.", "kata Gubernur.")
    result = merge_text(BASE, ours, theirs)
    assert result.clean
    assert "delegasi Los Angeles" in result.text
    assert "kata Gubernur." in result.text


def test_different_words_of_one_paragraph_merge_cleanly() -> None:
    ours = BASE.replace("Pertemuan membahas", "Pertemuan itu membahas")
    theirs = BASE.replace("sister city", "kota kembar")
    result = merge_text(BASE, ours, theirs)
    assert result.clean
    assert "Pertemuan itu membahas kerja sama kota kembar." in result.text


def test_same_word_replaced_twice_is_a_conflict_not_interleaved() -> None:
    ours = BASE.replace("Senin", "Selasa")
    theirs = BASE.replace("Senin", "Rabu")
    result = merge_text(BASE, ours, theirs)
    assert not result.clean
    assert "SelasaRabu" not in result.text and "RabuSelasa" not in result.text
    (conflict,) = result.conflicts
    assert "Selasa" in conflict.ours and "Rabu" in conflict.theirs and "Senin" in conflict.base
    assert result.text == ours  # the live (our) version stays


def test_same_change_on_both_sides_is_taken_once() -> None:
    ours = BASE.replace("Senin", "Selasa") + "\n\nParagraf baru."
    theirs = BASE.replace("Senin", "Selasa")
    result = merge_text(BASE, ours, theirs)
    assert result.clean and result.text == ours


def test_insertions_at_the_same_place_conflict() -> None:
    ours = BASE + "\n\nTambahan A."
    theirs = BASE + "\n\nTambahan B."
    result = merge_text(BASE, ours, theirs)
    assert not result.clean


def test_delete_against_edit_of_a_paragraph_conflicts() -> None:
    paragraphs = split_paragraphs(BASE)
    ours = "".join(paragraphs[:1] + paragraphs[2:])
    theirs = BASE.replace("kerja sama", "kerja sama erat")
    result = merge_text(BASE, ours, theirs)
    assert not result.clean
    assert any("erat" in c.theirs for c in result.conflicts)


def test_fields_merge_one_sided_changes_and_flag_both_sided() -> None:
    base = {"headline": "A", "tags": ["x"], "desk_id": None, "lead": "l"}
    ours = {"headline": "A2", "tags": ["x"], "desk_id": None, "lead": "l1"}
    theirs = {"headline": "A", "tags": ["x", "y"], "lead": "l2"}
    result = merge_fields(base, ours, theirs)
    assert result.merged["headline"] == "A2"
    assert result.merged["tags"] == ["x", "y"]
    assert result.conflicts == {"lead": ("l1", "l2")}
    assert result.merged["lead"] == "l1"


# --- properties -------------------------------------------------------------------------------------

WORDS = st.sampled_from(["Senin", "Selasa", "Rabu", "kota", "Jakarta", "gubernur", "x", "y"])
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
TEXT = st.lists(PARAGRAPH, min_size=0, max_size=5).map("\n\n".join)


@st.composite
def edited(draw: st.DrawFn, base: str) -> str:
    """``base`` with a few random paragraph- or word-level edits."""
    paragraphs = base.split("\n\n") if base else []
    for _ in range(draw(st.integers(0, 3))):
        choice = draw(st.integers(0, 3))
        if choice == 0 or not paragraphs:
            paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(PARAGRAPH))
        elif choice == 1:
            paragraphs.pop(draw(st.integers(0, len(paragraphs) - 1)))
        else:
            index = draw(st.integers(0, len(paragraphs) - 1))
            words = paragraphs[index].split(" ")
            words[draw(st.integers(0, len(words) - 1))] = draw(WORDS)
            paragraphs[index] = " ".join(words)
    return "\n\n".join(paragraphs)


@st.composite
def three_versions(draw: st.DrawFn) -> tuple[str, str, str]:
    base = draw(TEXT)
    return base, draw(edited(base)), draw(edited(base))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_split_functions_round_trip(text: str) -> None:
    assert "".join(split_paragraphs(text)) == text
    assert "".join(split_words(text)) == text


@settings(max_examples=100, deadline=None)
@given(three_versions())
def test_identical_sides_merge_to_themselves(versions: tuple[str, str, str]) -> None:
    base, ours, _ = versions
    assert merge_text(base, ours, ours) == merge_text(base, ours, ours)
    result = merge_text(base, ours, ours)
    assert result.clean and result.text == ours


@settings(max_examples=100, deadline=None)
@given(three_versions())
def test_one_sided_changes_are_taken(versions: tuple[str, str, str]) -> None:
    base, ours, theirs = versions
    assert merge_text(base, base, theirs).text == theirs
    assert merge_text(base, ours, base).text == ours


def _word_counts(text: str) -> Counter[str]:
    return Counter(w for w in split_words(text) if not w.isspace())


@settings(max_examples=200, deadline=None)
@given(three_versions())
def test_no_word_of_either_side_is_lost(versions: tuple[str, str, str]) -> None:
    base, ours, theirs = versions
    result = merge_text(base, ours, theirs)
    if not result.clean:
        # Held in a conflict: both whole versions of every overlapping region are kept.
        for conflict in result.conflicts:
            assert conflict.ours in ours and conflict.theirs in theirs
            assert conflict.ours in result.text
        return
    # Every word added on either side is in a clean merge, and no word comes from nowhere.
    merged = _word_counts(result.text)
    for side in (ours, theirs):
        assert merged >= _word_counts(side) - _word_counts(base)
    assert set(merged) <= set(_word_counts(base) | _word_counts(ours) | _word_counts(theirs))
