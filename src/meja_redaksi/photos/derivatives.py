"""Thumbnails and previews of stored photos, made once with Pillow's draft mode and cached as JPEG."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.safety import describe_decode_error, open_image

THUMB_SIZE = 256
PREVIEW_SIZE = 1024
_JPEG_QUALITY = 85


@dataclass(frozen=True, slots=True)
class DerivativePaths:
    """Where the cached thumbnail and preview of one photo live."""

    thumbnail: Path
    preview: Path

    def exist(self) -> bool:
        """Whether both files are already cached."""
        return self.thumbnail.is_file() and self.preview.is_file()


def derivative_paths(media_dir: Path, sha256: str) -> DerivativePaths:
    """Cache locations for the photo with content hash ``sha256``."""
    shard = sha256[:2]
    return DerivativePaths(
        thumbnail=media_dir / "thumbs" / shard / f"{sha256}_{THUMB_SIZE}.jpg",
        preview=media_dir / "previews" / shard / f"{sha256}_{PREVIEW_SIZE}.jpg",
    )


def _to_rgb(image: Image.Image) -> Image.Image:
    """RGB for JPEG output; transparency is flattened onto white."""
    if image.mode == "RGB":
        return image
    if image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in {"I;16", "I;16B", "I;16L", "I"}:
        return image.point(lambda v: v / 256).convert("RGB")
    return image.convert("RGB")


def render_derivatives(
    source: Path, display_name: str | None = None
) -> tuple[Image.Image, Image.Image]:
    """Decode ``source`` once (draft mode), orient it, and return (thumbnail, preview) images.

    Raises UserError for a bomb, an unknown format, or a truncated or corrupt file.
    """
    name = display_name or source.name
    with open_image(source, name) as image:
        try:
            image.draft("RGB", (PREVIEW_SIZE, PREVIEW_SIZE))
            image.load()
            ImageOps.exif_transpose(image, in_place=True)
            preview = _to_rgb(image)
            preview.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE), Image.Resampling.BICUBIC)
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise describe_decode_error(name, exc) from None
        except Image.DecompressionBombError:
            raise UserError(
                f"{name}: too many pixels (possible decompression bomb), refused"
            ) from None
    thumbnail = preview.copy()
    thumbnail.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BICUBIC)
    return thumbnail, preview


def _save_atomically(image: Image.Image, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, "JPEG", quality=_JPEG_QUALITY)
        Path(tmp_name).replace(target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def save_derivatives(thumbnail: Image.Image, preview: Image.Image, paths: DerivativePaths) -> None:
    """Write both cached images (each atomically, so a crash never leaves half a file)."""
    _save_atomically(thumbnail, paths.thumbnail)
    _save_atomically(preview, paths.preview)


def ensure_derivatives(media_dir: Path, sha256: str, original: Path) -> DerivativePaths:
    """Return the cached thumbnail and preview of a stored photo, making them if missing."""
    paths = derivative_paths(media_dir, sha256)
    if not paths.exist():
        thumbnail, preview = render_derivatives(original)
        save_derivatives(thumbnail, preview, paths)
    return paths
