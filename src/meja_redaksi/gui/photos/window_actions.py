"""The File menu's photo actions: add photos, add a photo folder, export photos with captions.

Each action switches the window to the Photos view first, so the ingest progress and the photos that
arrive are in sight while the rest of the window stays usable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction


class PhotoActions(QObject):
    """Adds "Add photos…", "Add photo folder…" and "Export photo with captions…" to the File menu."""

    def __init__(self, window: Any, view_key_role: int) -> None:
        """Create the actions and put them in ``window``'s File menu, above its last entries."""
        super().__init__(window)
        self.window = window
        self._role = view_key_role
        self.add_photos = QAction(window)
        self.add_folder = QAction(window)
        self.export = QAction(window)
        self.add_photos.triggered.connect(lambda: self._on_page(lambda p: p.choose_files()))
        self.add_folder.triggered.connect(lambda: self._on_page(lambda p: p.choose_folder()))
        self.export.triggered.connect(lambda: self._on_page(lambda p: p.choose_export()))
        menu = window.ui.menuFile
        anchor = window.sign_in_action
        menu.insertActions(anchor, [self.add_photos, self.add_folder, self.export])
        menu.insertSeparator(anchor)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate when the window's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.add_photos.setText(self.tr("Add photos…"))
        self.add_folder.setText(self.tr("Add photo folder…"))
        self.export.setText(self.tr("Export photo with captions…"))

    def show_photos_view(self) -> Any:
        """Select the Photos view in the sidebar; return the photo page."""
        views = self.window.ui.viewList
        for row in range(views.count()):
            if views.item(row).data(self._role) == "photos":
                views.setCurrentRow(row)
                break
        return self.window.photo_page

    def _on_page(self, act: Callable[[Any], None]) -> None:
        act(self.show_photos_view())
