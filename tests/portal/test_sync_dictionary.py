"""The newsroom dictionary shared by laptops with real stores through a real portal on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meja_redaksi.checking import CopyChecker
from meja_redaksi.checking.newsroom_file import newsroom_file, read_entries, word_id
from meja_redaksi.checking.spelling import NewsroomDictionary
from meja_redaksi.cli import main
from meja_redaksi.portal.db import counter
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.portal.models import WordRow
from meja_redaksi.portal.records import purge_tombstones
from meja_redaksi.store import Store
from meja_redaksi.sync.engine import SyncReport
from meja_redaksi.sync.service import sign_in, sync_once, sync_status
from meja_redaksi.sync.store_replica import StoreReplica

Laptop = Callable[[str], Path]


@pytest.fixture
def laptop(portal: LocalPortal, tmp_path: Path, password: str) -> Iterator[Laptop]:
    """Make a laptop: a store in its own folder, signed in to the portal as a standard user."""

    def make(user: str) -> Path:
        path = tmp_path / user / "store.db"
        path.parent.mkdir()
        with Store.open(path) as store:
            sign_in(store, portal.url, user, password)
        return path

    yield make


def sync(path: Path, progress: Callable[[str], None] | None = None) -> tuple[SyncReport, list[str]]:
    with Store.open(path) as store:
        return sync_once(store, progress=progress)


def words(path: Path) -> list[str]:
    return read_entries(newsroom_file(path))


def add(path: Path, *new: str) -> None:
    dictionary = NewsroomDictionary(newsroom_file(path))
    for word in new:
        dictionary.add_word(word)


def portal_words(portal: LocalPortal) -> dict[str, bool]:
    """Word -> deleted, as the portal's database holds them."""
    with portal.app.state.db.reading() as session:
        return {r.word: r.deleted for r in session.execute(select(WordRow)).scalars()}


def test_a_word_added_on_one_laptop_is_known_on_another(laptop: Laptop) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    sync(eka)
    flagged = CopyChecker(newsroom_file(eka)).check_text("Wali Kota Hachigian datang.")
    assert [h.text for h in flagged] == ["Hachigian"]
    add(rina, "Hachigian")
    with Store.open(rina) as store:
        assert sync_status(store).pending == 1
    report, _ = sync(rina)
    assert report.pushed == 1 and report.rejected == 0
    with Store.open(rina) as store:
        assert sync_status(store).pending == 0
    sync(eka)
    assert words(eka) == ["Hachigian"]
    assert CopyChecker(newsroom_file(eka)).check_text("Wali Kota Hachigian datang.") == []
    again, _ = sync(eka)
    assert (again.pushed, again.pulled) == (0, 0)


def test_the_same_word_added_offline_on_two_laptops_is_one_record(
    laptop: Laptop, portal: LocalPortal
) -> None:
    rina, budi = laptop("rina"), laptop("budi")
    add(rina, "Kasablanka", "Settat")
    add(budi, "Kasablanka")
    first, _ = sync(rina)
    second, _ = sync(budi)
    sync(rina)
    assert first.conflicts == second.conflicts == 0
    assert second.rejected == 0
    assert portal_words(portal) == {"Kasablanka": False, "Settat": False}
    with portal.app.state.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(WordRow)) == 2
    for path in (rina, budi):
        assert sorted(words(path)) == ["Kasablanka", "Settat"]
        with Store.open(path) as store:
            assert StoreReplica(store).conflicts() == []
            assert sync_status(store).pending == 0


def test_a_removal_reaches_the_other_laptops(laptop: Laptop, portal: LocalPortal) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    add(rina, "Hachigian", "Settat")
    sync(rina)
    sync(eka)
    NewsroomDictionary(newsroom_file(eka)).remove_word("Hachigian")
    with Store.open(eka) as store:
        assert sync_status(store).pending == 1
    report, _ = sync(eka)
    assert report.rejected == 0
    assert portal_words(portal)["Hachigian"] is True  # a tombstone
    sync(rina)
    assert words(rina) == ["Settat"]
    assert CopyChecker(newsroom_file(rina)).check_text("Hachigian datang.")[0].text == "Hachigian"
    # Added again later: the tombstone comes back to life for everyone.
    add(rina, "Hachigian")
    sync(rina)
    sync(eka)
    assert sorted(words(eka)) == ["Hachigian", "Settat"]


def test_a_reporter_may_not_remove_a_word_someone_else_added(
    laptop: Laptop, portal: LocalPortal
) -> None:
    eka, rina = laptop("eka"), laptop("rina")
    add(eka, "Hachigian")
    sync(eka)
    sync(rina)
    NewsroomDictionary(newsroom_file(rina)).remove_word("Hachigian")
    report, _ = sync(rina)
    assert report.rejected == 1
    with Store.open(rina) as store:
        (held,) = StoreReplica(store).conflicts()
        assert held.entity == "word" and "may remove 'Hachigian'" in held.reason
        assert sync_status(store).pending == 0  # refused: not sent again
    assert portal_words(portal) == {"Hachigian": False}
    again, _ = sync(rina)
    assert (again.pushed, again.rejected) == (0, 0)
    # Her own words she may remove.
    add(rina, "Settat")
    sync(rina)
    NewsroomDictionary(newsroom_file(rina)).remove_word("Settat")
    removed, _ = sync(rina)
    assert removed.rejected == 0 and portal_words(portal)["Settat"] is True


def test_lines_that_are_not_one_word_stay_on_the_laptop(
    laptop: Laptop, portal: LocalPortal
) -> None:
    rina = laptop("rina")
    newsroom_file(rina).write_text(
        "# kamus redaksi\nHachigian\nKerja Sama Kota\nSettat # Maroko\n", encoding="utf-8"
    )
    _report, skipped = sync(rina)
    assert portal_words(portal) == {"Hachigian": False, "Settat": False}
    assert any("'Kerja Sama Kota' is not shared" in line for line in skipped)
    assert words(rina) == ["Hachigian", "Kerja Sama Kota", "Settat"]


def test_words_added_while_a_sync_runs_are_kept(laptop: Laptop) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    pulled = [f"Kata{n}" for n in range(30)]
    add(rina, *pulled)
    sync(rina)
    typed: list[str] = []
    done = threading.Event()

    def type_words() -> None:  # a person adding words from the editor while the round runs
        dictionary = NewsroomDictionary(newsroom_file(eka))
        while not done.is_set() and len(typed) < 60:
            typed.append(dictionary.add_word(f"Ketik{len(typed)}"))

    typist = threading.Thread(target=type_words)
    typist.start()
    try:
        sync(eka)
    finally:
        done.set()
        typist.join(30)
    assert typed
    assert set(words(eka)) == set(pulled) | set(typed)
    sync(eka)
    sync(rina)
    assert set(words(rina)) == set(pulled) | set(typed)
    with Store.open(eka) as store:
        assert sync_status(store).pending == 0


def test_a_hand_edited_file_is_merged_with_pulled_words(laptop: Laptop) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    add(rina, "Hachigian", "Settat")
    sync(rina)
    sync(eka)
    path = newsroom_file(eka)
    path.write_text("# ditulis tangan\nBetawi # suku\nHachigian\n", encoding="utf-8")  # no Settat
    add(rina, "Kasablanka")
    sync(rina)
    sync(eka)
    assert path.read_text(encoding="utf-8") == (
        "# ditulis tangan\nBetawi # suku\nHachigian\nKasablanka\n"
    )
    sync(rina)
    assert sorted(words(rina)) == ["Betawi", "Hachigian", "Kasablanka"]


def test_word_ids_are_derived_from_the_word(laptop: Laptop, portal: LocalPortal) -> None:
    rina = laptop("rina")
    add(rina, "Hachigian")
    sync(rina)
    with portal.app.state.db.reading() as session:
        (row,) = session.execute(select(WordRow)).scalars()
    assert row.id == word_id("Hachigian") and row.data["added_by"] == "rina"


def test_dictionary_command_adds_lists_and_removes(
    laptop: Laptop, capsys: pytest.CaptureFixture[str]
) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    assert main(["dictionary", "add", "Hachigian", "dua kata", "Settat", "--store", str(rina)]) == 1
    out, err = capsys.readouterr()
    assert out.split() == ["Hachigian", "Settat"]  # the good words went in
    assert err.count("\n") == 1 and "one word at a time" in err
    assert main(["sync", "--store", str(rina)]) == 0
    capsys.readouterr()
    assert main(["dictionary", "add", "Betawi", "--store", str(rina)]) == 0
    assert main(["dictionary", "list", "--json", "--store", str(rina)]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()[1:]]
    assert listed == [
        {"word": "Hachigian", "synced": True, "added_by": "rina"},
        {"word": "Settat", "synced": True, "added_by": "rina"},
        {"word": "Betawi", "synced": False, "change": "upsert"},
    ]
    assert main(["dictionary", "remove", "Settat", "--store", str(rina)]) == 0
    assert main(["dictionary", "remove", "Jakarta", "--store", str(rina)]) == 1
    assert "proper nouns" in capsys.readouterr().err
    sync(rina)
    sync(eka)
    assert main(["dictionary", "list", "--store", str(eka)]) == 0
    assert capsys.readouterr().out.split() == ["Hachigian", "Betawi"]


def test_a_full_resync_drops_words_the_portal_no_longer_has(
    laptop: Laptop, portal: LocalPortal
) -> None:
    rina, eka = laptop("rina"), laptop("eka")
    add(rina, "Hachigian", "Settat")
    sync(rina)
    sync(eka)
    add(eka, "Betawi")  # offline, not yet sent
    NewsroomDictionary(newsroom_file(rina)).remove_word("Settat")
    sync(rina)
    db = portal.app.state.db
    with db.reading() as session:
        last = counter(session, "seq")
    assert purge_tombstones(db, last) >= 1  # Settat's tombstone is gone from the change log
    report, _ = sync(eka)
    assert report.full_resync
    assert words(eka) == ["Hachigian", "Betawi"]
    assert portal_words(portal) == {"Hachigian": False, "Settat": True, "Betawi": False}
