"""A compact, read-only list of article ids: 16 bytes per UUID instead of a Python string each.

A 100k-article list costs 1.6 MB instead of about 10 MB; it is built on the worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator


class IdList:
    """Ordered UUID strings packed into one bytes object."""

    __slots__ = ("_blob",)

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._blob = b"".join(uuid.UUID(i).bytes for i in ids)

    def __len__(self) -> int:
        return len(self._blob) // 16

    def __getitem__(self, row: int) -> str:
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return str(uuid.UUID(bytes=self._blob[row * 16 : row * 16 + 16]))

    def __iter__(self) -> Iterator[str]:
        return (self[row] for row in range(len(self)))

    def starts_with(self, other: IdList) -> bool:
        """Whether ``other``'s ids are the first ids of this list (compared packed, no conversion)."""
        return self._blob.startswith(other._blob)

    def slice(self, start: int, stop: int) -> list[str]:
        """The ids of rows ``start`` to ``stop`` (exclusive)."""
        return [self[row] for row in range(max(0, start), min(stop, len(self)))]

    def index(self, article_id: str) -> int:
        """The row of ``article_id``; ValueError when absent."""
        try:
            wanted = uuid.UUID(article_id).bytes
        except ValueError:
            raise ValueError(article_id) from None
        position = self._blob.find(wanted)
        while position != -1 and position % 16:
            position = self._blob.find(wanted, position + 1)
        if position == -1:
            raise ValueError(article_id)
        return position // 16

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str):
            return False
        try:
            self.index(article_id)
        except ValueError:
            return False
        return True
