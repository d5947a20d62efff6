"""Sync in the desktop window: status bar, the "Synchronize" action, sign-in and the conflicts dock."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from meja_redaksi.gui.sync.conflicts import ConflictDock
from meja_redaksi.gui.sync.controller import SyncController


class SyncUi(QObject):
    """What :func:`install_sync_ui` added to a window."""

    def __init__(self, window: QMainWindow, interval_minutes: int | None = None) -> None:
        super().__init__(window)
        self.setObjectName("syncUi")
        self.controller = SyncController(window)
        self.dock = ConflictDock(window, self.controller)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.conflicts_action = self.dock.toggleViewAction()
        self.conflicts_action.setObjectName("actionSyncConflicts")
        window.ui.menuFile.insertAction(window.ui.actionQuit, self.conflicts_action)  # type: ignore[attr-defined]
        self.controller.status_changed.connect(self._show_dock_on_new_conflicts)
        self._known_conflicts = 0
        self.controller.start(interval_minutes)

    def _show_dock_on_new_conflicts(self, status: object) -> None:
        conflicts = int(getattr(status, "conflicts", 0))
        if conflicts > self._known_conflicts:
            self.dock.show()
        self._known_conflicts = conflicts

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.controller.retranslate()
        self.dock.retranslate()


def install_sync_ui(window: QMainWindow, interval_minutes: int | None = None) -> SyncUi:
    """Add sync to ``window`` (after its first paint); calling it again returns the first one."""
    existing = window.findChild(SyncUi)
    if isinstance(existing, SyncUi):
        return existing
    return SyncUi(window, interval_minutes)
