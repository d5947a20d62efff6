"""Never lose text: an app killed with SIGKILL while editing offers the unsaved text at the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from meja_redaksi.gui.editor.journal import Journal
from meja_redaksi.gui.launch import build_window
from meja_redaksi.settings import Settings
from meja_redaksi.store import Store

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from meja_redaksi.gui.launch import build_window
from meja_redaksi.settings import Settings

window = build_window(Path(sys.argv[1]), "en", Settings())
window.context.autosave_ms = 600_000  # only the journal may keep the text
window.show()

def edit_existing():
    editor = window.editors.get(sys.argv[2])
    if editor is None:
        QTimer.singleShot(20, edit_existing)
        return
    editor.ui.bodyEdit.moveCursor(editor.ui.bodyEdit.textCursor().MoveOperation.End)
    editor.ui.bodyEdit.insertPlainText(" Tambahan sebelum pindah tab.")
    # Switching to a new tab saves the article left behind; the new one stays unsaved.
    fresh = window.new_article()
    fresh.ui.headlineEdit.setText("Draf darurat")
    fresh.ui.bodyEdit.insertPlainText("Kalimat baru yang belum disimpan.")
    print("typed", flush=True)

window.ready.connect(lambda: window.open_article(sys.argv[2]))
window.ready.connect(lambda: QTimer.singleShot(0, edit_existing))
QTimer.singleShot(0, window.start)
QApplication.instance().exec()
"""


def _first_article(store_path: Path) -> tuple[str, str]:
    with Store.open(store_path) as store:
        summary = store.articles.search("Cabai", limit=1)[0]
        return summary.id, store.articles.get(summary.id).body


def test_sigkill_while_editing_then_restart_recovers(
    qtbot, store_path: Path, gui_settings_dir: Path
) -> None:
    existing_id, original_body = _first_article(store_path)
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", MEJA_REDAKSI_CONFIG_DIR=str(gui_settings_dir)
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_path), existing_id],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    journal = Journal.for_store(store_path.resolve())
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "typed"
        for _attempt in range(300):  # the journal is written ~0.7 s after the last change
            records = (
                [json.loads(p.read_text()) for p in journal.folder.glob("*.json")]
                if journal.folder.exists()
                else []
            )
            bodies = " ".join(r["body"] for r in records)
            if "Kalimat baru" in bodies:
                break
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    # The article left behind was saved on the tab switch; the new one only lives in the journal.
    with Store.open(store_path) as store:
        assert (
            store.articles.get(existing_id).body == original_body + " Tambahan sebelum pindah tab."
        )
    assert len(journal.drafts()) == 1

    window = build_window(store_path, "en", Settings())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=10000)
    recovered = next(iter(window.editors.values()))
    assert recovered.ui.headlineEdit.text() == "Draf darurat"
    assert recovered.ui.bodyEdit.toPlainText() == "Kalimat baru yang belum disimpan."
    assert recovered.is_dirty()
    with qtbot.waitSignal(recovered.saved, timeout=5000):
        recovered.save()
    with Store.open(store_path) as store:
        assert store.articles.get(recovered.article.id).body == "Kalimat baru yang belum disimpan."
    qtbot.waitUntil(lambda: journal.drafts() == [])
    window.close()
    window.runner.shutdown()
