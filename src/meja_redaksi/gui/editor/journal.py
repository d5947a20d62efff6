"""Crash-recovery journal: one small JSON file per open article with unsaved text.

Written (atomically, off the GUI thread) a moment after every change and removed after a successful
save, so after a crash or ``kill -9`` the next start finds every unsaved article in the folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Draft:
    """The editable fields of one open article, as the user left them."""

    article_id: str
    headline: str = ""
    lead: str = ""
    body: str = ""
    tags: list[str] = field(default_factory=list)
    desk_id: str | None = None
    reporter_id: str | None = None
    editor_id: str | None = None
    photographer_id: str | None = None
    related_ids: list[str] = field(default_factory=list)
    is_new: bool = False
    main_photo_id: str | None = None
    gallery: list[str] | None = None
    """The attached photos as left (None in records written before photos were journaled)."""


class Journal:
    """The recovery folder of one store."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_store(cls, store_path: Path) -> Journal:
        """The journal kept next to the store file (``<store>.recovery/``)."""
        return cls(store_path.with_name(store_path.name + ".recovery"))

    def _path(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.json"

    def write(self, draft: Draft) -> None:
        """Record ``draft`` (replaces the previous record of that article atomically)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=self.folder, prefix=".draft-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(draft), out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(self._path(draft.article_id))

    def discard(self, article_id: str) -> None:
        """Forget an article's record (after it was saved or deliberately dropped)."""
        self._path(article_id).unlink(missing_ok=True)

    def drafts(self) -> list[Draft]:
        """Every recorded draft; unreadable records are skipped, never deleted."""
        found: list[Draft] = []
        if not self.folder.is_dir():
            return found
        for path in sorted(self.folder.glob("*.json")):
            try:
                found.append(Draft(**json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                continue
        return found
