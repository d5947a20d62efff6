"""Photo jobs the window runs on the task runner's worker (they take the worker's store first)."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError

_FILE_FIELDS = ("sha256", "original_filename", "width", "height", "mime")


class _SaveInto:
    """A photo repository that saves the next new photo's file fields into ``placeholder`` instead."""

    def __init__(self, photos: Any, placeholder: Photo) -> None:
        self._photos = photos
        self._placeholder = placeholder

    def save(self, from_file: Photo) -> Photo:
        """Store the placeholder with the file's size and type and the caption fields it lacked."""
        changes: dict[str, Any] = {name: getattr(from_file, name) for name in _FILE_FIELDS}
        for spec in fields(Photo):
            mine, theirs = getattr(self._placeholder, spec.name), getattr(from_file, spec.name)
            if spec.name not in (*changes, "id") and not mine and theirs:
                changes[spec.name] = theirs
        saved: Photo = self._photos.save(replace(self._placeholder, **changes))
        return saved

    def get(self, photo_id: str) -> Photo:
        """The stored photo with ``photo_id``."""
        found: Photo = self._photos.get(photo_id)
        return found

    def get_by_sha256(self, sha256: str) -> Photo | None:
        """The stored photo whose file has this content hash, if any."""
        found: Photo | None = self._photos.get_by_sha256(sha256)
        return found


class _StoreInto:
    """The store as the ingest code sees it, with photo saves going into one placeholder record."""

    def __init__(self, store: Any, placeholder: Photo) -> None:
        self.photos = _SaveInto(store.photos, placeholder)
        self.media_dir: Path = store.media_dir


def supply_file(store: Any, photo_id: str, source: Path) -> Photo:
    """Give a photo record that only names its photo (``sha256`` None) its file.

    The file is ingested as usual (copied once, derivatives cached) and the record keeps its own
    caption fields, taking the file's size and type plus any caption field it lacks that the file
    carries. A file that is already another photo is refused, naming that photo; nothing changes then.
    """
    from meja_redaksi.photos.ingest import Outcome, ingest_file

    placeholder: Photo = store.photos.get(photo_id)
    if placeholder.sha256 is not None:
        raise UserError(f"photo '{placeholder.label}' already has its file")
    outcome, photo = ingest_file(_StoreInto(store, placeholder), source)
    if outcome is Outcome.EXISTING:
        raise UserError(f"{source.name} is already the photo '{photo.label}'")
    return photo
