"""Fixtures for the photo tests: a real store to ingest into, and a captioned test JPEG."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_images import make_jpeg

from meja_redaksi.store import Store


@pytest.fixture
def photo_store(tmp_path: Path):
    """A fresh store in a temporary folder (its media folder sits next to it)."""
    store = Store.open(tmp_path / "store.sqlite")
    yield store
    store.close()


@pytest.fixture
def jpeg_file(tmp_path: Path) -> Path:
    """A small JPEG with orientation 6 (rotated) and GPS, named as portal photos are."""
    folder = tmp_path / "card"
    folder.mkdir()
    return make_jpeg(folder / "Gubernur pramono sertifikat aset rezap.jpg", orientation=6, gps=True)
