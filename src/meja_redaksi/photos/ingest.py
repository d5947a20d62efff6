"""Ingest image files and folders into the store: copy once by sha256, read metadata, cache derivatives.

:func:`ingest` is a generator: it yields one :class:`IngestProgress` per file and stops early when the
cancel check returns True, so the CLI runs it directly and the GUI runs it in a worker thread. A bad file
yields a failed progress item with a one-line message; the rest of the batch goes on and the store is left
unchanged for that file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.captions import PhotographerCodes, default_credit
from meja_redaksi.photos.derivatives import derivative_paths, render_derivatives, save_derivatives
from meja_redaksi.photos.metadata import read_metadata
from meja_redaksi.photos.ports import PhotoStore, find_media_file, media_path
from meja_redaksi.photos.safety import (
    FORMAT_EXTENSIONS,
    IMAGE_SUFFIXES,
    check_file_size,
    clean_filename,
    open_image,
)

_CHUNK = 1024 * 1024


class Outcome(StrEnum):
    """What happened to one file."""

    CREATED = "created"
    EXISTING = "existing"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """One step of an ingest: file ``index`` (1-based) of ``total`` and its result."""

    index: int
    total: int
    source: Path
    outcome: Outcome
    photo: Photo | None = None
    error: str = ""


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively, image endings only, hidden entries skipped); keep named files as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(
                    Path(root) / n
                    for n in sorted(names)
                    if not n.startswith(".") and Path(n).suffix.lower() in IMAGE_SUFFIXES
                )
        else:
            files.append(path)
    return files


def _copy_hashing(source: Path, folder: Path, name: str) -> tuple[Path, str]:
    """Copy ``source`` into a temporary file in ``folder`` while hashing it; return (temp path, sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".ingest-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest.hexdigest()


def _photo_from_file(
    stored: Path,
    sha256: str,
    original_name: str,
    photographer: str,
    photographer_id: str | None,
    codes: PhotographerCodes | None,
) -> Photo:
    """A new photo record with the file's size, type and embedded captions.

    The photographer is the file's creator, else the one given, else the one whose code is a word of
    the file name (portal style: ``"... aset rezap.jpg"``).
    """
    with open_image(stored, original_name) as image:
        width, height = image.width, image.height
        _, mime = FORMAT_EXTENSIONS[image.format or ""]
        orientation = image.getexif().get(0x0112, 1)
    if orientation in {5, 6, 7, 8}:
        width, height = height, width
    meta = read_metadata(stored)
    creator = (
        meta.creator or photographer or (codes.from_filename(original_name) if codes else "") or ""
    )
    return Photo(
        title=meta.title,
        caption=meta.caption,
        credit=meta.credit or default_credit(creator),
        photographer=creator,
        photographer_id=photographer_id,
        sha256=sha256,
        original_filename=original_name,
        width=width,
        height=height,
        mime=mime,
        alt_text=meta.alt_text,
        extended_description=meta.extended_description,
        keywords=meta.keywords,
        city=meta.city,
        location=meta.location,
        date_taken=meta.date_taken,
        gps_latitude=meta.gps_latitude,
        gps_longitude=meta.gps_longitude,
    )


def _remove_files(media_dir: Path, sha256: str) -> None:
    """Remove a file and its derivatives whose record could not be saved."""
    paths = derivative_paths(media_dir, sha256)
    for path in (media_path(media_dir, sha256), paths.thumbnail, paths.preview):
        path.unlink(missing_ok=True)


def ingest_file(
    store: PhotoStore,
    source: Path,
    *,
    photographer: str = "",
    photographer_id: str | None = None,
    codes: PhotographerCodes | None = None,
) -> tuple[Outcome, Photo]:
    """Ingest one file; return whether it was created or already there, and its photo record.

    Raises UserError (naming the file) for anything that is not an acceptable image; nothing is stored then.
    """
    name = clean_filename(source.name)
    check_file_size(source, name)
    media_dir = store.media_dir
    tmp, sha256 = _copy_hashing(source, media_dir / "incoming", name)
    try:
        existing = store.photos.get_by_sha256(sha256)
        if existing is not None and find_media_file(media_dir, sha256) is not None:
            return Outcome.EXISTING, existing
        thumbnail, preview = render_derivatives(tmp, name)
        photo = _photo_from_file(tmp, sha256, name, photographer, photographer_id, codes)
        target = media_path(media_dir, sha256)
        save_derivatives(thumbnail, preview, derivative_paths(media_dir, sha256))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.replace(target)
        if existing is not None:
            # The record was there without its file (e.g. synced before the upload): file restored.
            return Outcome.EXISTING, existing
        try:
            saved = store.photos.save(photo)
        except BaseException as exc:
            try:
                holder = store.photos.get_by_sha256(sha256)
            except UserError:
                raise exc from None  # cannot tell whose the file is now: leave it in place
            if holder is None:
                _remove_files(media_dir, sha256)
            elif isinstance(exc, UserError):
                # Another ingest of the same file won the race (the store refuses a second
                # record of one file): the file and its derivatives are that record's.
                return Outcome.EXISTING, holder
            raise
        return Outcome.CREATED, saved
    finally:
        tmp.unlink(missing_ok=True)


def ingest(
    store: PhotoStore,
    paths: Iterable[Path],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    photographer: str = "",
    photographer_id: str | None = None,
    codes: PhotographerCodes | None = None,
) -> Iterator[IngestProgress]:
    """Ingest files and folders one by one, yielding progress; stop before the next file once cancelled."""
    files = collect_files(paths)
    total = len(files)
    for index, source in enumerate(files, start=1):
        if cancelled():
            return
        try:
            outcome, photo = ingest_file(
                store,
                source,
                photographer=photographer,
                photographer_id=photographer_id,
                codes=codes,
            )
        except UserError as exc:
            yield IngestProgress(index, total, source, Outcome.FAILED, error=str(exc))
            continue
        yield IngestProgress(index, total, source, outcome, photo)
