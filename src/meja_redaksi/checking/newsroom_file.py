"""The newsroom dictionary file (``kamus_redaksi.txt`` beside the store): one word per line.

The desk may edit the file by hand; the app appends to it ("Tambahkan ke kamus redaksi", ``meja-redaksi
dictionary add``) and sync merges the portal's words into it. Every writer of this app takes one lock
(a hidden ``.lock`` file beside it, ``flock``), and a merge rewrites the file atomically (a temporary
file that replaces the old one) from its content as read under that lock, so a word appended meanwhile is
never dropped. A hand edit saved between the read and the replace is caught by comparing the file's
stamp just before the replace (the merge then starts again).

A word is what one dictionary line may hold to be shared through the portal: one word, NFC, no
whitespace or control characters, at most :data:`MAX_WORD_LENGTH` characters. Its sync record id is
derived from it (:func:`word_id`), so two devices that add the same word make the same record.
"""

from __future__ import annotations

import os
import threading
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from meja_redaksi.domain.errors import UserError, ValidationError

try:
    import fcntl
except ImportError:  # not on POSIX: the in-process lock alone
    fcntl = None  # type: ignore[assignment]

NEWSROOM_FILE = "kamus_redaksi.txt"
MAX_WORD_LENGTH = 64
# Fixed for good: changing it would give every word a new record id on the portal.
WORD_NAMESPACE = uuid.UUID("5b0a4d4e-6b61-4d75-9b72-65646b73692e")
_REWRITE_ATTEMPTS = 5
_process_lock = threading.Lock()


def newsroom_file(store_path: Path) -> Path:
    """The newsroom dictionary of the store at ``store_path`` (the file beside it)."""
    return Path(store_path).expanduser().resolve().parent / NEWSROOM_FILE


def normalize_word(word: str) -> str:
    """``word`` as the dictionary keeps it: NFC, surrounding whitespace removed."""
    return unicodedata.normalize("NFC", word.strip())


def validate_word(word: str) -> str:
    """Return ``word`` normalised, or raise a one-line :class:`ValidationError` saying what is wrong."""
    cleaned = normalize_word(word)
    if not cleaned:
        raise ValidationError("cannot add an empty word to the newsroom dictionary")
    if any(ch.isspace() for ch in cleaned):
        raise ValidationError(
            f"add one word at a time to the newsroom dictionary, not {cleaned[:80]!r}"
        )
    if len(cleaned) > MAX_WORD_LENGTH:
        raise ValidationError(f"a word longer than {MAX_WORD_LENGTH} characters cannot be added")
    if not any(ch.isalpha() for ch in cleaned) or not all(
        ch.isalnum() or ch in "-'’." for ch in cleaned
    ):
        raise ValidationError(f"not a word: {cleaned!r}")
    return cleaned


def word_id(word: str) -> str:
    """The sync record id of a (normalised) word: the same on every device."""
    return str(uuid.uuid5(WORD_NAMESPACE, normalize_word(word)))


def line_entry(line: str) -> str:
    """The entry a line holds: ``#`` starts a comment, inner whitespace collapsed, NFC."""
    return unicodedata.normalize("NFC", " ".join(line.split("#", 1)[0].split()))


def read_entries(path: Path) -> list[str]:
    """Entries of the file, in order (none when it does not exist)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read the newsroom dictionary {path.name}: {exc}") from None
    return [entry for entry in map(line_entry, text.splitlines()) if entry]


def shared_words(entries: Iterable[str]) -> tuple[set[str], list[str]]:
    """The entries that are words (shared through the portal) and the ones that are not."""
    words: set[str] = set()
    others: list[str] = []
    for entry in entries:
        try:
            words.add(validate_word(entry))
        except ValidationError:
            others.append(entry)
    return words, others


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the newsroom file's writer lock (threads of this process and other processes)."""
    with _process_lock:
        if fcntl is None:
            yield
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(f".{path.name}.lock"), "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def append_word(path: Path, word: str) -> None:
    """Append one line holding ``word`` (flushed to disk) unless the file lists it already."""
    try:
        with locked(path), path.open("a+b") as handle:
            handle.seek(0)
            content = handle.read()
            lines = content.decode("utf-8", errors="replace").splitlines()
            if word in (line_entry(line) for line in lines):
                return
            prefix = b"\n" if content and not content.endswith(b"\n") else b""
            handle.write(prefix + word.encode("utf-8") + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise UserError(f"cannot save the newsroom dictionary: {exc.strerror or exc}") from None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_mtime_ns, info.st_size


def _merged(text: str, add: Iterable[str], remove: set[str]) -> str:
    lines = text.splitlines()
    kept = [line for line in lines if line_entry(line) not in remove]
    present = {line_entry(line) for line in kept}
    kept += [word for word in dict.fromkeys(add) if word not in present]
    return "".join(line + "\n" for line in kept)


def update_file(path: Path, add: Iterable[str] = (), remove: Iterable[str] = ()) -> bool:
    """Add words to and remove words from the file (comments and other lines kept); True if changed.

    Atomic: the new content goes to a temporary file that replaces the old one. It is computed from
    the file as read under the lock, and computed again if the file changed before the replace.
    """
    adding, removing = list(add), set(remove)
    if not adding and not removing:
        return False
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with locked(path):
            for _attempt in range(_REWRITE_ATTEMPTS):
                stamp = _stamp(path)
                old = path.read_text(encoding="utf-8") if stamp is not None else ""
                new = _merged(old, adding, removing)
                if new == old:
                    return False
                with temporary.open("w", encoding="utf-8", newline="\n") as handle:
                    handle.write(new)
                    handle.flush()
                    os.fsync(handle.fileno())
                if _stamp(path) != stamp:  # edited by hand meanwhile: merge into that edit
                    continue
                temporary.replace(path)
                _sync_folder(path.parent)
                return True
            raise UserError("the newsroom dictionary keeps changing: try the sync again")
    except UnicodeDecodeError:
        raise UserError(f"the newsroom dictionary {path.name} is not UTF-8 text") from None
    except OSError as exc:
        raise UserError(f"cannot save the newsroom dictionary: {exc.strerror or exc}") from None
    finally:
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
