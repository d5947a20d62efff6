"""Photo files: resumable uploads by offset, hash-checked, decoded with pixel limits, stored once.

Each chunk is kept as its own file (never appended to a blob in the database) and the whole is assembled
only when every byte has arrived and its sha256 matches the address the client named. File names on disk
are made by the server from the validated hex digest and offset alone: nothing a client sends is a path.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, select

from meja_redaksi.domain.errors import UserError, ValidationError
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import BlobRow, UploadChunkRow

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_PIXELS = 60_000_000
_MIMES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}


class UploadTooLarge(UserError):
    """The upload is larger than the server accepts."""


class UploadOutOfOrder(UserError):
    """A chunk does not start where the received bytes end."""

    def __init__(self, received: int) -> None:
        super().__init__(f"this upload continues at byte {received}")
        self.received = received


@dataclass(frozen=True, slots=True)
class UploadState:
    """How far an upload got: bytes received and whether the photo is stored."""

    sha256: str
    received: int
    complete: bool


class BlobStore:
    """The portal's photo files under ``media_dir``: ``files/ab/<sha256>`` and ``uploads/<sha256>/``."""

    def __init__(self, db: Database, media_dir: Path, max_bytes: int = 40 * 1024 * 1024) -> None:
        self.db = db
        self.media_dir = media_dir
        self.max_bytes = max_bytes
        (media_dir / "files").mkdir(parents=True, exist_ok=True)
        (media_dir / "uploads").mkdir(parents=True, exist_ok=True)

    @staticmethod
    def check_digest(sha256: str) -> str:
        """The digest if it is 64 lower-case hex digits; raise otherwise."""
        if not SHA256.match(sha256):
            raise ValidationError("a photo is addressed by its sha256 as 64 lower-case hex digits")
        return sha256

    def file_path(self, sha256: str) -> Path:
        """Where a stored photo lives."""
        digest = self.check_digest(sha256)
        return self.media_dir / "files" / digest[:2] / digest

    def _chunk_dir(self, sha256: str) -> Path:
        return self.media_dir / "uploads" / self.check_digest(sha256)

    def state(self, sha256: str) -> UploadState:
        """How much of ``sha256`` the server has."""
        self.check_digest(sha256)
        with self.db.reading() as session:
            if session.get(BlobRow, sha256) is not None:
                return UploadState(sha256, 0, True)
            received = session.execute(
                select(func.coalesce(func.sum(UploadChunkRow.size), 0)).where(
                    UploadChunkRow.sha256 == sha256
                )
            ).scalar_one()
        return UploadState(sha256, int(received), False)

    def receive(self, sha256: str, offset: int, total: int, chunk: bytes) -> UploadState:
        """Keep one chunk; when all ``total`` bytes are in, verify and store the photo."""
        current = self.state(sha256)
        if current.complete:
            return current
        if total <= 0 or total > self.max_bytes:
            raise UploadTooLarge(f"a photo may have at most {self.max_bytes} bytes")
        if offset != current.received:
            raise UploadOutOfOrder(current.received)
        if offset + len(chunk) > total:
            raise UploadTooLarge("the chunk goes past the announced size")
        if chunk:
            folder = self._chunk_dir(sha256)
            folder.mkdir(exist_ok=True)
            part = folder / f"{offset:012d}"
            part.write_bytes(chunk)
            with self.db.writing() as session:
                if session.get(UploadChunkRow, (sha256, offset)) is None:
                    session.add(UploadChunkRow(sha256=sha256, offset=offset, size=len(chunk)))
        received = offset + len(chunk)
        if received < total:
            return UploadState(sha256, received, False)
        return self._assemble(sha256, total)

    def _assemble(self, sha256: str, total: int) -> UploadState:
        folder = self._chunk_dir(sha256)
        with self.db.reading() as session:
            offsets = list(
                session.execute(
                    select(UploadChunkRow.offset)
                    .where(UploadChunkRow.sha256 == sha256)
                    .order_by(UploadChunkRow.offset)
                ).scalars()
            )
        digest = hashlib.sha256()
        assembled = folder / "assembled"
        with assembled.open("wb") as out:
            for offset in offsets:
                data = (folder / f"{offset:012d}").read_bytes()
                digest.update(data)
                out.write(data)
        try:
            if digest.hexdigest() != sha256 or assembled.stat().st_size != total:
                raise ValidationError("the uploaded bytes do not match their sha256: upload again")
            width, height, mime = _decode(assembled)
        except UserError:
            self._discard(sha256)
            raise
        target = self.file_path(sha256)
        target.parent.mkdir(exist_ok=True)
        assembled.replace(target)
        with self.db.writing() as session:
            if session.get(BlobRow, sha256) is None:
                session.add(
                    BlobRow(sha256=sha256, size=total, mime=mime, width=width, height=height)
                )
        self._discard(sha256)
        return UploadState(sha256, 0, True)

    def _discard(self, sha256: str) -> None:
        shutil.rmtree(self._chunk_dir(sha256), ignore_errors=True)
        with self.db.writing() as session:
            for row in session.execute(
                select(UploadChunkRow).where(UploadChunkRow.sha256 == sha256)
            ).scalars():
                session.delete(row)


def _decode(path: Path) -> tuple[int, int, str]:
    """Fully decode an image with a pixel limit; return width, height and MIME type."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValidationError("the photo has too many pixels")
                mime = _MIMES.get(image.format or "")
                if mime is None:
                    raise ValidationError("only JPEG, PNG, WebP and GIF photos are accepted")
                image.load()
                return image.width, image.height, mime
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError("the photo has too many pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise ValidationError("the file is not a readable photo") from None
