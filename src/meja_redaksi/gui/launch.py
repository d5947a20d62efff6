"""Start the desktop window, or render one view offscreen to a PNG (the ``screenshot`` command)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from meja_redaksi.domain.errors import UserError
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.app import apply_theme, get_application, install_translations
from meja_redaksi.gui.main_window import MainWindow, journal_for
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.settings import LANGUAGES, Settings

SCREENSHOT_VIEWS = ("list", "editor", "photos", "queue", "assignments")
_VIEW_KEYS = {
    "list": "all",
    "editor": "all",
    "photos": "photos",
    "queue": "queue",
    "assignments": "assignments",
}


def build_window(store_path: Path | None, language: str | None, settings: Settings) -> MainWindow:
    """The QApplication (if needed), translations, palette, task runner and main window."""
    get_application()
    chosen = language or str(settings.get("language"))
    if chosen not in LANGUAGES:
        chosen = "id"
    settings.set("language", chosen)
    install_translations(chosen)
    apply_theme(str(settings.get("theme")))
    runner = TaskRunner(lambda: store_jobs.open_store(store_path))
    return MainWindow(runner, settings, None, store_path)


def run_desktop(store_path: Path | None, language: str | None) -> int:
    """Show the window until the user quits; return the exit code."""
    settings = Settings()
    window = build_window(store_path, language, settings)
    app = QApplication.instance()
    window.show()
    QTimer.singleShot(0, window.start)
    code = app.exec() if app is not None else 1
    window.runner.shutdown()
    return int(code)


def parse_size(text: str) -> QSize:
    """``1440x900`` -> QSize; anything else is a UserError."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UserError(f"size must look like 1440x900, not {text!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise UserError(f"size {text} is out of range (320x240 to 8000x8000)")
    return QSize(width, height)


def screenshot(
    out: Path,
    store_path: Path | None,
    view: str,
    article_id: str | None,
    size: str,
    language: str | None,
) -> Path:
    """Render ``view`` offscreen at ``size`` and write it to ``out`` (PNG); return the path."""
    if view not in SCREENSHOT_VIEWS:
        raise UserError(f"unknown view {view!r}: choose one of {', '.join(SCREENSHOT_VIEWS)}")
    wanted = parse_size(size)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(Path(scratch) / "settings.json")
        settings.set("current_view", _VIEW_KEYS[view])
        settings.set(
            "user", str(Settings().get("user"))
        )  # who works at this desk, as the app shows
        window = build_window(store_path, language, settings)
        window.journal = window.context.journal = journal_for(Path(scratch) / "none.sqlite")
        window._journal_known = True
        window.resize(wanted)
        window.show()
        errors: list[str] = []
        app = QApplication.instance()
        assert app is not None

        def finish() -> None:
            checking = [e.copy_check for e in window.editors.values() if e.copy_check]
            if window.runner.pending() or any(check.busy for check in checking):
                QTimer.singleShot(50, finish)
                return
            for editor in window.editors.values():
                editor.ui.bodyEdit.moveCursor(editor.ui.bodyEdit.textCursor().MoveOperation.Start)
            window.grab().save(str(out), "PNG")
            app.quit()

        def show_preview(attempts: int = 100) -> None:
            if not window.editors and attempts:
                QTimer.singleShot(50, lambda: show_preview(attempts - 1))
                return
            window.ui.mainSplitter.setSizes([215, 340, wanted.width() - 575])
            for editor in window.editors.values():
                editor.ui.headlineEdit.setCursorPosition(0)
                editor.ui.sideTabs.setCurrentWidget(editor.ui.previewTab)
                editor.refresh_preview()
            QTimer.singleShot(300, finish)

        def open_editor(_count: int) -> None:
            window.list_updated.disconnect(open_editor)
            target = article_id or window.model.article_id(0)
            if view == "editor" and target:
                window.open_article(target)
                QTimer.singleShot(0, show_preview)
            else:
                window.ui.mainSplitter.setSizes([215, wanted.width() - 475, 240])
                QTimer.singleShot(400, finish)

        window.list_updated.connect(open_editor)
        if view == "photos":
            window.ready.connect(lambda: QTimer.singleShot(600, finish))
        window.runner.submit(lambda _s, _t: None, on_error=errors.append)
        QTimer.singleShot(0, window.start)
        QTimer.singleShot(60000, app.quit)
        app.exec()
        window.runner.shutdown()
        window.close()
    if not out.exists():
        raise UserError(f"could not render the {view} view (is the store readable?)")
    return out
