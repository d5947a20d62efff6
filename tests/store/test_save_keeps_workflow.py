"""A save never undoes a workflow transition: only transitions (and sync) change the workflow state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from meja_redaksi.domain import Action, Article, ArticleStatus
from meja_redaksi.store import Store

if TYPE_CHECKING:
    from conftest import Newsroom


def test_a_stale_autosave_after_a_return_keeps_the_return(store: Store, newsroom: Newsroom) -> None:
    draft = store.articles.save(
        Article(headline="Banjir Rob", body="Isi berita.", reporter_id=newsroom.reporter.id)
    )
    store.articles.transition(draft.id, Action.SUBMIT, newsroom.reporter)
    stale = store.articles.get(draft.id)  # the editor's copy, taken while submitted
    store.articles.transition(draft.id, Action.RETURN, newsroom.editor, note="Tambah data BPBD")

    saved = store.articles.save(stale.copy(body="Isi berita, diperbarui."))

    assert saved.status is ArticleStatus.RETURNED
    assert saved.return_note == "Tambah data BPBD"
    stored = store.articles.get(draft.id)
    assert stored.status is ArticleStatus.RETURNED
    assert stored.return_note == "Tambah data BPBD"
    assert stored.body == "Isi berita, diperbarui."


def test_sync_may_set_the_portal_state(store: Store, newsroom: Newsroom) -> None:
    draft = store.articles.save(
        Article(headline="Judul", body="Isi.", reporter_id=newsroom.reporter.id)
    )
    applied = store.articles.save(draft.copy(status=ArticleStatus.SUBMITTED), workflow_state=True)
    assert applied.status is ArticleStatus.SUBMITTED
    assert store.articles.get(draft.id).status is ArticleStatus.SUBMITTED
    ignored = store.articles.save(draft.copy(status=ArticleStatus.PUBLISHED))
    assert ignored.status is ArticleStatus.SUBMITTED
