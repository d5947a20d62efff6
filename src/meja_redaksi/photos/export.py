"""Export a stored photo as a file carrying its captions (IPTC IIM + XMP), GPS stripped by default."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.errors import UserError
from meja_redaksi.domain.text import slugify
from meja_redaksi.photos.metadata import write_metadata
from meja_redaksi.photos.ports import PhotoStore, find_media_file
from meja_redaksi.photos.safety import FORMAT_EXTENSIONS

_NO_IIM_MIMES = frozenset({"image/webp"})
_READ_ONLY_MIMES = frozenset({"image/heic", "image/heif"})
_EXTENSION_BY_MIME = {mime: ext for ext, mime in FORMAT_EXTENSIONS.values()}


def export_name(photo: Photo, extension: str) -> str:
    """A file name for an exported photo: the title's slug, else the original name's stem."""
    stem = slugify(photo.title) if photo.title else ""
    if not stem:
        stem = slugify(Path(photo.original_filename).stem) or photo.id[:8]
    return f"{stem}{extension}"


def export_photo(
    store: PhotoStore, photo_id: str, out_path: Path, *, keep_gps: bool = False
) -> Path:
    """Copy photo ``photo_id`` to ``out_path`` (a file, or a folder to put it in) with its captions.

    The pixels are never re-encoded. The target appears only once complete. Returns the written path.
    """
    photo = store.photos.get(photo_id)
    if photo.sha256 is None:
        raise UserError(f"photo '{photo.label}' has no file yet: nothing to export")
    source = find_media_file(store.media_dir, photo.sha256)
    if source is None:
        raise UserError(f"the file of photo '{photo.label}' is missing from the store")
    if photo.mime in _READ_ONLY_MIMES:
        raise UserError(
            f"photo '{photo.label}' is HEIC, whose metadata cannot be written: convert it to JPEG first"
        )
    extension = _EXTENSION_BY_MIME.get(photo.mime, ".jpg")
    target = out_path / export_name(photo, extension) if out_path.is_dir() else out_path
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent.name or target.parent} does not exist")
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=extension)
    tmp = Path(tmp_name)
    try:
        with open(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
        write_metadata(tmp, photo, keep_gps=keep_gps, write_iim=photo.mime not in _NO_IIM_MIMES)
        tmp.chmod(0o644)  # mkstemp makes it private; an exported photo is meant to be shared
        tmp.replace(target)
    except OSError as exc:
        raise UserError(f"cannot write {target.name}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return target
