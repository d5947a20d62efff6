"""The main window's article list over a real store: load, search, filter, sort, open, model checks."""

from __future__ import annotations

from meja_redaksi.gui.main_window import MainWindow
from meja_redaksi.gui.models.article_list import SNIPPET_ROLE


def _rows(win: MainWindow, qtbot) -> list[str]:
    model = win.model
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() != "…" for r in range(model.rowCount())))
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_all_articles_listed_with_counts(window: MainWindow, qtbot) -> None:
    assert window.model.rowCount() == 40
    assert "40" in window.ui.resultLabel.text()
    qtbot.waitUntil(lambda: "(40)" in window.ui.viewList.item(3).text())
    assert window.ui.viewList.item(3).text().startswith("All articles")


def test_search_as_you_type_filters_and_highlights(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.list_updated, timeout=5000) as blocker:
        qtbot.keyClicks(window.ui.searchEdit, "cabai")
    assert blocker.args == [5]
    headlines = _rows(window, qtbot)
    assert all("Cabai" in h for h in headlines)
    snippets = [window.model.index(r, 0).data(SNIPPET_ROLE) for r in range(5)]
    assert all("<b>" in s for s in snippets)


def test_filters_combine_with_search(window: MainWindow, qtbot) -> None:
    desk = window.ui.deskFilter.findText("Ekonomi")
    with qtbot.waitSignal(window.list_updated, timeout=5000) as blocker:
        window.ui.deskFilter.setCurrentIndex(desk)
    assert blocker.args == [20]
    with qtbot.waitSignal(window.list_updated, timeout=5000) as blocker:
        window.ui.searchEdit.setText("Monas")
    # Festival headlines have numbers 4, 12, 20, 28, 36: all even, so all in Ekonomi.
    assert blocker.args == [5]
    status = window.ui.statusFilter.findText("Draft")
    with qtbot.waitSignal(window.list_updated, timeout=5000) as blocker:
        window.ui.statusFilter.setCurrentIndex(status)
    # Of those, only number 20 is a draft (status cycles through five states).
    assert blocker.args == [1]
    assert "Festival" in _rows(window, qtbot)[0]


def test_sort_by_views_both_ways(window: MainWindow, qtbot) -> None:
    header = window.ui.articleTable.horizontalHeader()
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        header.setSortIndicator(6, header.sortIndicatorOrder().AscendingOrder)
    views = [
        int(window.model.index(r, 6).data().replace(".", ""))
        for r in range(40)
        if _rows(window, qtbot)
    ]
    assert views == sorted(views)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        header.setSortIndicator(0, header.sortIndicatorOrder().DescendingOrder)
    headlines = _rows(window, qtbot)
    assert headlines == sorted(headlines, key=str.casefold, reverse=True)


def test_enter_opens_article_in_tab(window: MainWindow, qtbot) -> None:
    table = window.ui.articleTable
    table.setFocus()
    table.selectRow(2)
    table.setCurrentIndex(window.model.index(2, 0))
    expected = window.model.article_id(2)
    qtbot.keyClick(table, "\r")
    qtbot.waitUntil(lambda: expected in window.editors)
    assert window.ui.editorTabs.count() == 1


def test_model_passes_qtmodeltester(window: MainWindow, qtbot, qtmodeltester) -> None:
    _rows(window, qtbot)
    qtmodeltester.check(window.model, force_py=True)
