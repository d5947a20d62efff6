"""The headline column draws the search snippet with its matches in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from meja_redaksi.gui.delegates import SnippetDelegate, snippet_runs
from meja_redaksi.gui.models.article_list import SNIPPET_ROLE


def test_snippet_runs_unescape_and_mark_matches() -> None:
    assert snippet_runs("warga <b>Kemayoran</b> &amp; <b>Cakung</b>") == [
        ("warga ", False),
        ("Kemayoran", True),
        (" & ", False),
        ("Cakung", True),
    ]
    assert snippet_runs("") == []


def test_a_snippet_cell_paints_more_than_the_plain_one(qtbot) -> None:
    model = QStandardItemModel(2, 1)
    plain = QStandardItem("Gubernur Bahas Sister City")
    with_snippet = QStandardItem("Gubernur Bahas Sister City")
    with_snippet.setData("kerja sama <b>Sister</b> <b>City</b> dengan LA", SNIPPET_ROLE)
    model.setItem(0, 0, plain)
    model.setItem(1, 0, with_snippet)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 600)
    delegate = SnippetDelegate(view)
    view.setItemDelegateForColumn(0, delegate)
    view.show()

    def ink(row: int) -> int:
        image = QImage(600, 24, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.widget = view
        option.font = view.font()
        delegate.paint(painter, option, model.index(row, 0, QModelIndex()))
        painter.end()
        return sum(1 for x in range(600) for y in range(24) if image.pixel(x, y) != 0xFFFFFFFF)

    assert ink(1) > ink(0) > 0
