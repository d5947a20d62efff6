"""What the photo code needs from the store, as Protocols (the store's repositories satisfy them)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from meja_redaksi.domain.entities import Photo


class PhotoRepository(Protocol):
    """Saves and finds photo records."""

    def save(self, photo: Photo) -> Photo:
        """Insert or update ``photo``; return it as stored."""
        ...

    def get(self, photo_id: str) -> Photo:
        """The photo with ``photo_id`` (NotFoundError when there is none)."""
        ...

    def get_by_sha256(self, sha256: str) -> Photo | None:
        """The photo whose file has this content hash, if any."""
        ...


class PhotoStore(Protocol):
    """A store with photo records and a folder for content-addressed media files."""

    @property
    def photos(self) -> PhotoRepository:
        """The photo repository."""
        ...

    @property
    def media_dir(self) -> Path:
        """The folder holding content-addressed photo files and cached derivatives."""
        ...


def media_path(media_dir: Path, sha256: str) -> Path:
    """Where the file with content hash ``sha256`` lives: ``media_dir/<aa>/<sha256>``.

    The same layout as ``Store.media_path`` (sync uploads and downloads use it): no extension, the
    photo record's ``mime`` says what the file is.
    """
    return media_dir / sha256[:2] / sha256


def find_media_file(media_dir: Path, sha256: str) -> Path | None:
    """The stored file for ``sha256``, or None when it is not there."""
    path = media_path(media_dir, sha256)
    return path if path.is_file() else None
