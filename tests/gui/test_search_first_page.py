"""A search with more matches than its first page shows them at once, then every row in store order."""

from __future__ import annotations

from pathlib import Path

from meja_redaksi.domain import ArticleQuery
from meja_redaksi.gui.launch import build_window
from meja_redaksi.gui.models.article_list import FIRST_PAGE_ROWS, PAGE_SIZE
from meja_redaksi.settings import Settings
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo


def test_the_first_page_grows_into_the_whole_result_with_every_row_loaded(
    qtbot, tmp_path: Path, gui_settings_dir: Path
) -> None:
    path = tmp_path / "demo.sqlite3"
    with Store.open(path) as store:
        build_demo(store, articles=260, photos=5, seed=3)
        expected = store.articles.ids(ArticleQuery(search="jakarta", descending=True))
    assert len(expected) > PAGE_SIZE > FIRST_PAGE_ROWS
    win = build_window(path, "en", Settings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    try:
        with qtbot.waitSignal(win.list_updated, timeout=10000):
            win.start()
        qtbot.waitUntil(lambda: win.runner.pending() == 0)
        with qtbot.waitSignal(win.list_updated, timeout=10000) as shown:
            qtbot.keyClicks(win.ui.searchEdit, "jakarta ")
        assert shown.args == [FIRST_PAGE_ROWS]
        qtbot.waitUntil(lambda: win.model.rowCount() == len(expected), timeout=10000)
        assert str(len(expected)) in win.ui.resultLabel.text()
        model = win.model
        assert [model.article_id(r) for r in range(model.rowCount())] == expected

        def every_row_loaded() -> bool:
            return all(model.index(r, 0).data() != "…" for r in range(model.rowCount()))

        every_row_loaded()  # asks for the pages
        qtbot.waitUntil(every_row_loaded, timeout=10000)
    finally:
        win.close()
        win.runner.shutdown()
