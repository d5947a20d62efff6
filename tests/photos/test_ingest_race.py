"""Two ingests of the same new file at once end with one photo record; the store refuses a second one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from photo_images import make_jpeg
from sqlalchemy import text

from meja_redaksi.domain import Photo, UserError
from meja_redaksi.domain.entities import utcnow
from meja_redaksi.photos.ingest import Outcome, ingest_file
from meja_redaksi.photos.ports import find_media_file
from meja_redaksi.store import Store
from meja_redaksi.store.photos import DuplicatePhotoError


class _PhotosMeetingAfterLookup:
    """A store's photo repository whose first lookup by hash waits for the other ingest's.

    Both ingests then go on believing the file is new, which is the race the store must settle.
    """

    def __init__(self, photos: object, barrier: threading.Barrier) -> None:
        self._photos = photos
        self._barrier = barrier
        self._met = False

    def get_by_sha256(self, sha256: str) -> Photo | None:
        found: Photo | None = self._photos.get_by_sha256(sha256)  # type: ignore[attr-defined]
        if not self._met:
            self._met = True
            self._barrier.wait(timeout=30)
        return found

    def save(self, photo: Photo) -> Photo:
        saved: Photo = self._photos.save(photo)  # type: ignore[attr-defined]
        return saved

    def get(self, photo_id: str) -> Photo:
        found: Photo = self._photos.get(photo_id)  # type: ignore[attr-defined]
        return found


class _RacingStore:
    """One device's store as the ingest code sees it, meeting the other ingest after its lookup."""

    def __init__(self, store: Store, barrier: threading.Barrier) -> None:
        self.photos = _PhotosMeetingAfterLookup(store.photos, barrier)
        self.media_dir = store.media_dir


def test_two_threads_ingesting_the_same_file_at_once_make_one_record(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    source = make_jpeg(tmp_path / "Banjir Kampung Melayu otoy.jpg")
    Store.open(path).close()
    barrier = threading.Barrier(2)
    results: list[tuple[Outcome, Photo]] = []
    errors: list[BaseException] = []

    def run() -> None:
        with Store.open(path) as store:
            try:
                results.append(ingest_file(_RacingStore(store, barrier), source))
            except BaseException as exc:  # reported below, not lost in the thread
                errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(outcome for outcome, _ in results) == [Outcome.CREATED, Outcome.EXISTING]
    assert results[0][1].id == results[1][1].id
    with Store.open(path) as store:
        assert store.photos.count() == 1
        photo = store.photos.list()[0]
        assert photo.original_filename == "Banjir Kampung Melayu otoy.jpg"
        assert photo.sha256 is not None
        assert find_media_file(store.media_dir, photo.sha256) is not None


def test_the_store_refuses_a_second_record_of_a_file_naming_the_first(photo_store) -> None:
    sha = "ab" * 32
    first = photo_store.photos.save(Photo(title="Rapat paripurna", sha256=sha))
    with pytest.raises(DuplicatePhotoError) as caught:
        photo_store.photos.save(Photo(title="Salinan", sha256=sha))
    assert caught.value.existing_id == first.id
    assert "Rapat paripurna" in str(caught.value)
    assert [p.id for p in photo_store.photos.list()] == [first.id]
    # Once deleted, the file may get a record again.
    photo_store.photos.delete(first.id)
    again = photo_store.photos.save(Photo(title="Rapat paripurna", sha256=sha))
    assert photo_store.photos.get_by_sha256(sha) == again


def test_the_unique_index_itself_refuses_a_second_unsynced_record(photo_store) -> None:
    """Writers that bypass the repository (raw SQL) are held to the rule by the index."""
    sha = "cd" * 32
    photo_store.photos.save(Photo(title="Asli", sha256=sha))
    now = utcnow().isoformat()
    insert = text(
        "INSERT INTO photos (id, sha256, original_filename, mime, title, caption, credit, "
        "photographer, alt_text, extended_description, keywords, city, location, created_at, "
        "updated_at, rev) VALUES (:id, :sha, '', '', 'Kedua', '', '', '', '', '', '[]', '', '', "
        ":now, :now, :rev)"
    )
    with pytest.raises(UserError, match="sha256"), photo_store.database.write() as session:
        session.execute(insert, {"id": Photo().id, "sha": sha, "now": now, "rev": 0})
    # A record the portal already knows (rev > 0) may share the file: two devices ingested it.
    with photo_store.database.write() as session:
        session.execute(insert, {"id": Photo().id, "sha": sha, "now": now, "rev": 7})
    assert photo_store.photos.count() == 2
