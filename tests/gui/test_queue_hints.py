"""Hint counts for the review queue, counted on the bulk worker against the store's dictionary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from meja_redaksi.checking import CopyChecker, HintKind
from meja_redaksi.gui.checking.editor_checks import NEWSROOM_FILE
from meja_redaksi.gui.checking.queue_hints import QueueHintCounter
from meja_redaksi.gui.main_window import MainWindow
from meja_redaksi.store import Store


def _articles(store_path: Path, count: int) -> list:
    store = Store.open(store_path)
    try:
        ids = [s.id for s in store.articles.search("Jakarta", limit=count)]
        return [store.articles.get(i) for i in ids]
    finally:
        store.close()


def test_counts_match_the_checker_and_are_kept_per_version(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    articles = _articles(store_path, 12)
    assert len(articles) == 12
    bare = CopyChecker(store_path.parent / "elsewhere" / NEWSROOM_FILE)
    flagged = next(
        h.text for a in articles for h in bare.check_article(a) if h.kind is HintKind.SPELLING
    )
    (store_path.parent / NEWSROOM_FILE).write_text(f"{flagged}\n", encoding="utf-8")
    delivered: list[dict[str, int]] = []
    counter = QueueHintCounter(
        window.runner,
        lambda: [(a.id, a.updated_at) for a in articles],
        delivered.append,
    )
    counter.refresh()
    qtbot.waitUntil(lambda: bool(delivered) and len(delivered[-1]) == 12, timeout=20000)
    checker = CopyChecker(store_path.parent / NEWSROOM_FILE)
    expected = {a.id: len(checker.check_article(a)) for a in articles}
    assert delivered[-1] == expected
    assert any(expected.values())
    # the store's newsroom dictionary was used: the word added there is no longer counted
    assert sum(expected.values()) < sum(len(bare.check_article(a)) for a in articles)
    qtbot.waitUntil(lambda: window.runner.pending() == 0)
    counter.refresh()  # nothing changed: the counts are shown at once
    assert delivered[-1] == expected
    # a word added to the newsroom dictionary (e.g. from an editor) changes the counts
    second = next(
        h.text
        for a in articles
        for h in checker.check_article(a)
        if h.kind is HintKind.SPELLING and h.text != flagged
    )
    with (store_path.parent / NEWSROOM_FILE).open("a", encoding="utf-8") as dictionary:
        dictionary.write(f"{second}\n")
    recount = CopyChecker(store_path.parent / NEWSROOM_FILE)
    after = {a.id: len(recount.check_article(a)) for a in articles}
    assert after != expected
    counter.refresh()
    qtbot.waitUntil(lambda: delivered[-1] == after, timeout=20000)


def test_review_queue_shows_a_hint_count_per_article(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    from meja_redaksi.gui.queue.model import HINTS_COLUMN
    from meja_redaksi.gui.queue.panel import ReviewQueuePanel

    panel = ReviewQueuePanel(window.runner)
    qtbot.addWidget(panel)
    model = panel.model
    panel.refresh()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)

    def shown() -> dict[str, str]:
        return {
            model.entry(row).id: model.index(row, HINTS_COLUMN).data()
            for row in range(model.rowCount())
        }

    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=20000)
    assert not any(shown().values())  # a hidden queue checks nothing
    panel.resize(900, 2000)  # every row in view
    panel.show()
    qtbot.waitUntil(lambda: all(shown().values()), timeout=20000)
    store = Store.open(store_path)
    try:
        articles = [store.articles.get(i) for i in shown()]
    finally:
        store.close()
    checker = CopyChecker(store_path.parent / NEWSROOM_FILE)
    assert shown() == {a.id: str(len(checker.check_article(a))) for a in articles}
    assert model.headerData(HINTS_COLUMN, Qt.Orientation.Horizontal) == "Hints"


def test_only_the_rows_in_view_are_counted(window: MainWindow, qtbot, store_path: Path) -> None:
    """A queue of thousands is not checked whole: the rows in view and a screenful around them."""
    import dataclasses

    from meja_redaksi.domain.entities import new_id
    from meja_redaksi.gui.queue.panel import ReviewQueuePanel

    panel = ReviewQueuePanel(window.runner)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    entry = panel.model.entry(0)
    many = [
        dataclasses.replace(entry, article=dataclasses.replace(entry.article, id=new_id()))
        for _ in range(600)
    ]
    panel.model.set_entries(many, {})
    table = panel.ui.queueTable
    qtbot.waitUntil(lambda: table.rowAt(0) == 0)
    in_view = [version[0] for version in panel._versions_in_view()]
    visible = table.rowAt(table.viewport().height() - 1)
    assert visible > 0
    assert in_view[0] == many[0].id and many[visible].id in in_view
    assert len(in_view) < 200  # not the whole queue
    table.scrollToBottom()
    later = [version[0] for version in panel._versions_in_view()]
    assert later[-1] == many[-1].id and many[0].id not in later
