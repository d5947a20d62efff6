"""Fixtures for the photo tests: real images made with Pillow, and a store to ingest into."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from photo_images import make_jpeg

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import NotFoundError


class MemoryPhotos:
    """An in-memory photo repository used only until the real store is available."""

    def __init__(self) -> None:
        self.rows: dict[str, Photo] = {}

    def save(self, photo: Photo) -> Photo:
        self.rows[photo.id] = copy.deepcopy(photo)
        return copy.deepcopy(photo)

    def get(self, photo_id: str) -> Photo:
        if photo_id not in self.rows:
            raise NotFoundError(f"no photo {photo_id}")
        return copy.deepcopy(self.rows[photo_id])

    def get_by_sha256(self, sha256: str) -> Photo | None:
        found = [p for p in self.rows.values() if p.sha256 == sha256]
        return copy.deepcopy(found[0]) if found else None

    def get_many(self, ids: list[str]) -> list[Photo]:
        return [self.get(i) for i in ids]


class MemoryStore:
    """Photos in memory, files in a real media folder."""

    def __init__(self, media_dir: Path) -> None:
        self.photos = MemoryPhotos()
        self.media_dir = media_dir


def _real_store_class() -> type | None:
    try:
        from meja_redaksi.store import Store
    except ImportError:
        return None
    return Store if hasattr(Store, "open") else None


@pytest.fixture
def photo_store(tmp_path: Path):
    """The real store when it exists, otherwise a memory stand-in with the same photo API."""
    store_class = _real_store_class()
    if store_class is not None:
        store = store_class.open(tmp_path / "store.sqlite")
        yield store
        close = getattr(store, "close", None)
        if close is not None:
            close()
        return
    yield MemoryStore(tmp_path / "media")


@pytest.fixture
def jpeg_file(tmp_path: Path) -> Path:
    """A small JPEG with orientation 6 (rotated) and GPS."""
    folder = tmp_path / "card"
    folder.mkdir()
    return make_jpeg(folder / "Gubernur pramono sertifikat aset rezap.jpg", orientation=6, gps=True)
