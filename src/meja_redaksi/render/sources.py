"""Reading a file a user asked to import: size, binary and encoding checks with one-line messages."""

from __future__ import annotations

from pathlib import Path

from meja_redaksi.domain.errors import UserError

MAX_IMPORT_BYTES = 2 * 1024 * 1024
"""The largest text file the importer reads (a long portal page is under 100 KB)."""


def decode_text(data: bytes, name: str) -> str:
    """Decode ``data`` (the contents of the file ``name``) as UTF-8 text with LF line endings.

    Refuses empty files, binary files (NUL bytes) and invalid UTF-8 with a :class:`UserError`.
    A UTF-8 byte-order mark is dropped; CRLF and lone CR line endings become LF.
    """
    if not data.strip():
        raise UserError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise UserError(f"{name}: this is a binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{name}: not valid UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8 and retry"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """Read ``path`` as UTF-8 text for import, refusing files over ``max_bytes`` before reading them."""
    name = path.name or str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UserError(f"{name}: not a file")
        if size > max_bytes:
            raise UserError(
                f"{name}: the file is too large to be an article "
                f"({size // (1024 * 1024)} MB, at most {max_bytes // (1024 * 1024)} MB)"
            )
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except PermissionError:
        raise UserError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise UserError(f"{name}: not a file") from None
    except OSError as exc:
        raise UserError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise UserError(f"{name}: the file grew past {max_bytes // (1024 * 1024)} MB while reading")
    return decode_text(data, name)
