"""The newsroom dictionary as records of the sync protocol (entity ``word``), on the desktop side.

The file beside the store (:mod:`meja_redaksi.checking.newsroom_file`) stays what people edit: the
context menu and ``meja-redaksi dictionary add`` append to it, the desk edits it by hand. Sync does not
keep a second copy of the words in a table (which would have to be exported to the file and imported
back, with the same question each time: was a word missing from the file removed by a person, or not
exported yet?). Instead the store's ``sync_state`` keeps the words as they were last agreed with the
portal (the *base*: word -> record id, rev, who added it). Local changes are the difference:

- a word in the file but not in the base was added here: an upsert op;
- a word in the base but not in the file was removed here: a delete op (a tombstone on the portal).

Pulled words are merged into the file under its lock (:func:`update_file` re-reads it first), then the
base is updated; the file goes first, so a crash between the two leaves a word that is pushed again
(the portal answers that it has it), never a removal nobody made. A word the portal refused (a bad word,
or a removal the role may not make) is remembered as refused and not sent again until the file changes
back. Lines that are not one word (phrases, typos with punctuation) stay in the file, checked here but
not shared; each sync names them.
"""

from __future__ import annotations

import json
from typing import Any

from meja_redaksi.checking.newsroom_file import (
    newsroom_file,
    read_entries,
    shared_words,
    update_file,
    validate_word,
    word_id,
)
from meja_redaksi.domain.entities import new_id
from meja_redaksi.domain.errors import UserError
from meja_redaksi.store import Store
from meja_redaksi.sync.protocol import Change, OpKind, OpOutcome, OpResult
from meja_redaksi.sync.replica import PendingOp

ENTITY = "word"
WORDS_KEY = "sync.words"


class NewsroomWords:
    """The newsroom dictionary file of one store as a set of ``word`` records."""

    def __init__(self, store: Store, notes: list[str] | None = None) -> None:
        self.store = store
        # Messages for the sync report (lines not shared, an unreadable file), each given once.
        self.notes = notes if notes is not None else []
        self.path = newsroom_file(store.path)
        raw = json.loads(store.sync_state.get(WORDS_KEY, "{}") or "{}")
        # word -> {"id", "rev", "by"}: live on the portal as this device last knew it.
        self.base: dict[str, dict[str, Any]] = dict(raw.get("base", {}))
        # word -> the portal's message: a local change the portal refused, not sent again.
        self.refused: dict[str, str] = dict(raw.get("refused", {}))

    def save(self) -> None:
        """Keep the agreed and refused words in the store (durably)."""
        state = {"base": self.base, "refused": self.refused}
        self.store.sync_state.set(WORDS_KEY, json.dumps(state, ensure_ascii=False))

    def _word_of(self, record_id: str) -> str | None:
        return next((w for w, info in self.base.items() if info["id"] == record_id), None)

    def file_words(self) -> tuple[set[str], list[str]]:
        """The file's words (shared) and its other lines (kept here only)."""
        return shared_words(read_entries(self.path))

    def changes(self) -> dict[str, OpKind]:
        """Local changes not yet agreed with the portal: word -> upsert (added) or delete (removed)."""
        words, _others = self.file_words()
        stale = [
            w for w in self.refused if (w in words) == (w in self.base)
        ]  # the file agrees with the portal again: nothing is refused any more
        if stale:
            for word in stale:
                del self.refused[word]
            self.save()
        out = {w: OpKind.UPSERT for w in words - self.base.keys() if w not in self.refused}
        out.update({w: OpKind.DELETE for w in self.base.keys() - words if w not in self.refused})
        return out

    def queue(self, outbox: list[PendingOp]) -> list[PendingOp]:
        """``outbox`` with an op for each local change (an unsent op no longer wanted is dropped).

        An unreadable file sends no word changes (and is named in :attr:`notes`): the records in the
        store's tables still go up.
        """
        try:
            changes = self.changes()
            self._note(*self.unshared())
        except UserError as exc:
            self._note(str(exc))
            return outbox
        wanted: dict[str, tuple[OpKind, dict[str, Any], int]] = {}
        for word, kind in changes.items():
            fields = {"word": word} if kind is OpKind.UPSERT else {}
            wanted[word_id(word)] = (kind, fields, int(self.base.get(word, {}).get("rev", 0)))
        kept: list[PendingOp] = []
        for op in outbox:
            if op.entity == ENTITY and not op.sent and op.id not in wanted:
                continue  # changed back before it was sent
            kept.append(op)
        last_queued = {op.id: op for op in kept if op.entity == ENTITY}
        for record_id, (kind, fields, rev) in wanted.items():
            last = last_queued.get(record_id)
            if last is not None and (last.kind, last.fields) == (kind, fields):
                continue
            if last is not None and not last.sent:
                last.kind, last.fields = kind, fields
                continue
            base = None if last is not None else rev
            kept.append(PendingOp(new_id(), ENTITY, record_id, base, fields, kind))
        return kept

    def acknowledged(self, op: PendingOp, result: OpResult, *, save: bool = True) -> None:
        """The portal answered a word op: the base follows, or the change is kept as refused
        (kept in the store now, or with the caller's next :meth:`save`)."""
        word = op.fields.get("word") or self._word_of(op.id)
        if not isinstance(word, str):
            return
        if result.outcome is OpOutcome.REJECTED:
            self.refused[word] = result.message or "refused by the portal"
        elif op.kind is OpKind.UPSERT:
            info = self.base.get(word, {})
            self.base[word] = {"id": op.id, "rev": result.rev, "by": info.get("by", "")}
            self.refused.pop(word, None)
        else:
            self.base.pop(word, None)
            self.refused.pop(word, None)
        if save:
            self.save()

    def apply(self, changes: list[Change]) -> list[str]:
        """Merge pulled words into the file, then into the base; return what was skipped and why.

        A word with a local change waiting (added or removed here) keeps the local state: its op
        goes up with the next push.
        """
        words, _others = self.file_words()
        adding: list[str] = []
        removing: list[str] = []
        skipped: list[str] = []
        base = dict(self.base)
        for change in changes:
            raw = change.fields.get("word")
            word = raw if isinstance(raw, str) else self._word_of(change.id)
            try:
                word = validate_word(word or "")
            except UserError as exc:
                skipped.append(f"word {change.id}: {exc}")
                continue
            if word_id(word) != change.id:
                skipped.append(f"word {change.id}: the id does not belong to {word!r}")
                continue
            info = {"id": change.id, "rev": change.rev, "by": change.fields.get("added_by", "")}
            if change.deleted:
                if word in base and word in words:
                    removing.append(word)
                    del base[word]
                elif word in base and word not in words:
                    del base[word]  # removed here too
            elif word in words:
                base[word] = info
            elif word in base:
                base[word] = info  # removed here: the delete goes up with the next push
            else:
                adding.append(word)
                base[word] = info
        update_file(self.path, adding, removing)
        self.base = base
        for word in removing:
            self.refused.pop(word, None)
        self.save()
        return skipped

    def record_ids(self) -> set[tuple[str, str]]:
        """The (``word``, id) of every word agreed with the portal."""
        return {(ENTITY, info["id"]) for info in self.base.values()}

    def forget(self, record_id: str) -> None:
        """The portal no longer has this word (a full resync): remove it from the file too."""
        word = self._word_of(record_id)
        if word is None:
            return
        update_file(self.path, remove=[word])
        del self.base[word]
        self.save()

    def _note(self, *messages: str) -> None:
        self.notes.extend(m for m in messages if m not in self.notes)

    def unshared(self) -> list[str]:
        """Lines of the file that are not one word (kept here, never sent), with the reason."""
        out = []
        for entry in self.file_words()[1]:
            try:
                validate_word(entry)
            except UserError as exc:
                out.append(f"newsroom dictionary line {entry[:40]!r} is not shared: {exc}")
        return out
