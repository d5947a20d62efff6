"""Pictures of the review queue and the planning panels for the README, from a small sample newsroom.

Run: ``python -m meja_redaksi.gui.workflow.screenshots OUT_DIR`` (offscreen is fine). The sample store is
made in a temporary folder and thrown away.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from meja_redaksi.domain.entities import Article, Assignment, Desk, Person, utcnow
from meja_redaksi.domain.enums import Action, Role


def build_sample(path: Path) -> None:
    """Two desks, a small staff, a queue of six articles and six assignments (one overdue)."""
    from meja_redaksi.store import Store
    from meja_redaksi.store import newsroom as nr

    store = Store.open(path)
    try:
        gov = store.desks.save(Desk(name="Pemerintahan", slug="pemerintahan"))
        eco = store.desks.save(Desk(name="Ekonomi", slug="ekonomi"))
        staff = [
            ("budi", "Budi Santoso", Role.DESK_CHIEF, gov),
            ("rezap", "Reza Pahlevi", Role.REPORTER, gov),
            ("ayu", "Ayu Lestari", Role.REPORTER, eco),
            ("dimas", "Dimas Prakoso", Role.REPORTER, gov),
            ("otoy", "Mustaqim Amna", Role.PHOTOGRAPHER, gov),
            ("nanda", "Nanda Putri", Role.PHOTOGRAPHER, eco),
            ("nurul", "Nurul Hidayah", Role.EDITOR, gov),
            ("hendra", "Hendra Wijaya", Role.EDITOR, eco),
        ]
        people = {
            u: store.people.save(
                Person(username=u, name=n, roles=frozenset({r}), code=u, desk_id=d.id)
            )
            for u, n, r, d in staff
        }
        now = utcnow()
        plans = [
            ("Rapat Paripurna DPRD", gov, -3, "rezap", "otoy"),
            ("Peresmian Jalur Sepeda Kuningan", gov, 5, "dimas", "otoy"),
            ("Harga Cabai di Pasar Induk", eco, 8, "ayu", "nanda"),
            ("Festival Kuliner Betawi", eco, 30, "ayu", None),
            ("Vaksinasi Keliling Jakarta Utara", gov, 26, "rezap", None),
            ("Banjir Rob Muara Baru", gov, -2, "dimas", "otoy"),
        ]
        for title, desk, hours, reporter, photographer in plans:
            nr.save_assignment(
                store,
                Assignment(
                    title=title,
                    desk_id=desk.id,
                    deadline=now + timedelta(hours=hours),
                    reporter_ids=[people[reporter].id],
                    photographer_id=people[photographer].id if photographer else None,
                    editor_id=people["nurul" if desk is gov else "hendra"].id,
                ),
                people["budi"],
            )
        headlines = [
            ("Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles", gov, "rezap"),
            ("Pemprov Perbaiki Trotoar di Jalan Sudirman", gov, "dimas"),
            ("Harga Cabai di Pasar Induk Kramat Jati Turun", eco, "ayu"),
            ("Banjir Rob Surut, Warga Muara Baru Kembali ke Rumah", gov, "rezap"),
            ("Pasar Tanah Abang Ramai Jelang Lebaran", eco, "ayu"),
            ("Dinas Kesehatan Gelar Vaksinasi Keliling", gov, "dimas"),
        ]
        from_plans = {p.title: p for p in store.assignments.list()}
        for number, (headline, desk, reporter) in enumerate(headlines):
            plan = from_plans.get(plans[number][0]) if number < 3 else None
            if plan is not None:
                started = nr.start_article(store, plan.id, people[reporter])
                base = started.copy(headline=headline)
            else:
                base = Article(headline=headline, desk_id=desk.id, reporter_id=people[reporter].id)
            article = store.articles.save(
                base.copy(
                    lead="Pemprov DKI Jakarta terus berbenah.",
                    body="Senin (30/4), kata dia di Balai Kota. Warga menyambut baik rencana itu.",
                    created_at=now - timedelta(hours=10 - number),
                ),
                author_id=people[reporter].id,
            )
            nr.transition(store, article.id, Action.SUBMIT, people[reporter])
            if number == 0:
                store.articles.save(
                    store.articles.get(article.id).copy(
                        body="Senin (30/4), kata Gubernur di Balai Kota. Warga menyambut baik "
                        "rencana kerja sama itu."
                    ),
                    author_id=people["nurul"].id,
                )
    finally:
        store.close()


def capture(out_dir: Path) -> list[Path]:
    """Write queue.png and assignments.png into ``out_dir``; return their paths."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from meja_redaksi.gui.launch import build_window
    from meja_redaksi.gui.workflow import install_workflow_ui
    from meja_redaksi.settings import Settings

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEJA_REDAKSI_CONFIG_DIR"] = str(Path(tmp) / "config")
        store_path = Path(tmp) / "sample.sqlite3"
        build_sample(store_path)
        settings = Settings()
        settings.set("user", "budi")
        window = build_window(store_path, "id", settings)
        workflow = install_workflow_ui(window)
        window.resize(1400, 860)
        window.show()
        window.start()

        def settle(ms: int = 1500) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        settle()
        written = []
        workflow.show_dock("reviewQueueDock")
        workflow.queue._select(0)
        settle()
        for name, dock in (("queue", "reviewQueueDock"), ("assignments", "assignmentDock")):
            workflow.show_dock(dock)
            workflow.docks[dock].setFloating(True)
            workflow.docks[dock].resize(900, 640)
            settle(800)
            target = out_dir / f"{name}.png"
            workflow.docks[dock].grab().save(str(target))
            workflow.docks[dock].setFloating(False)
            written.append(target)
        window.close()
        window.runner.shutdown()
        QApplication.processEvents()
    return written


if __name__ == "__main__":
    from meja_redaksi.gui.app import get_application, install_translations

    get_application()
    install_translations("id")
    for written_path in capture(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(written_path)
