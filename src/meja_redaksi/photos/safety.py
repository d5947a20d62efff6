"""Checks that keep hostile or broken image files out: size cap, pixel limit, format, truncation.

Every refusal is a :class:`UserError` with one line naming the file. Original file names are only ever
kept as text (:func:`clean_filename`), never used to build a path.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from meja_redaksi.domain.errors import UserError

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Files larger than this are refused by their size alone, before anything is read."""

MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
"""Images with more pixels than this are refused before decoding (Pillow's bomb limit)."""

FORMAT_EXTENSIONS: dict[str, tuple[str, str]] = {
    "JPEG": (".jpg", "image/jpeg"),
    "MPO": (".jpg", "image/jpeg"),
    "PNG": (".png", "image/png"),
    "WEBP": (".webp", "image/webp"),
    "TIFF": (".tif", "image/tiff"),
    "HEIF": (".heic", "image/heic"),
}
"""Formats accepted on ingest: Pillow format name -> (stored extension, MIME type)."""

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".hif"}
)
"""File name endings picked up when a folder is ingested."""

_FILENAME_MAX = 255
_SEPARATORS = re.compile(r"[\\/]+")


@functools.cache
def register_heif() -> None:
    """Teach Pillow to open HEIC/HEIF (done once, on first need: pillow-heif is slow to import)."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def clean_filename(name: str) -> str:
    """A file name safe to keep and show: NFC, no control/format characters, no path parts."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co"})
    parts = [p for p in _SEPARATORS.split(text) if p.strip() not in {"", ".", ".."}]
    text = " ".join((parts[-1] if parts else "").split())
    return text[:_FILENAME_MAX] or "photo"


def check_file_size(path: Path, display_name: str | None = None) -> int:
    """Refuse a missing, empty or oversized file by stat alone; return its size in bytes."""
    name = display_name or clean_filename(path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if not path.is_file():
        raise UserError(f"{name}: not a file")
    if size == 0:
        raise UserError(f"{name}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"{name}: the file is {size // (1024 * 1024)} MB, more than the "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB limit"
        )
    return size


def open_image(path: Path, display_name: str | None = None) -> Image.Image:
    """Open ``path`` lazily (header only) after refusing bombs and formats we do not take.

    ``display_name`` names the file in messages (the original name when ``path`` is a temporary copy).
    The caller must still ``load()`` (or draft+load) inside :func:`decoding_errors` to catch truncation.
    """
    name = display_name or path.name
    if path.suffix.lower() in {".heic", ".heif", ".hif"} or _looks_like_heif(path):
        register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UserError(f"{name}: too many pixels (possible decompression bomb), refused") from None
    except UnidentifiedImageError:
        raise UserError(f"{name}: not an image file that can be read") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise UserError(f"{name}: the image is corrupt ({exc})") from None
    if image.format not in FORMAT_EXTENSIONS:
        image.close()
        raise UserError(
            f"{name}: {image.format} images are not accepted (JPEG, PNG, WebP, TIFF, HEIC)"
        )
    if image.width * image.height > MAX_PIXELS or image.width <= 0 or image.height <= 0:
        image.close()
        raise UserError(f"{name}: too many pixels ({image.width}x{image.height}), refused")
    return image


def _looks_like_heif(path: Path) -> bool:
    """Whether the file starts like an ISO-BMFF HEIF/AVIF container (``ftyp`` box)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError:
        return False
    return head[4:8] == b"ftyp"


def describe_decode_error(name: str, exc: Exception) -> UserError:
    """The user-facing error for an image that opened but failed to decode."""
    reason = str(exc).split("\n", 1)[0] or type(exc).__name__
    if "truncated" in reason.lower():
        return UserError(f"{name}: the image is truncated (incomplete file)")
    return UserError(f"{name}: the image is corrupt ({reason})")
