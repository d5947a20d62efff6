"""Fixtures of the desktop window tests: a small real store, settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from meja_redaksi.domain.entities import Article, Desk, Person
from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.gui.launch import build_window
from meja_redaksi.settings import Settings
from meja_redaksi.store import Store

HEADLINES = [
    "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
    "Pemprov Perbaiki Trotoar di Jalan Sudirman",
    "Harga Cabai di Pasar Induk Kramat Jati Turun",
    "Banjir Rob Surut, Warga Muara Baru Kembali ke Rumah",
    "Festival Kuliner Betawi Digelar di Monas",
    "Dinas Kesehatan Gelar Vaksinasi Keliling",
    "Jalur Sepeda Baru Dibuka di Kuningan",
    "Pasar Tanah Abang Ramai Jelang Lebaran",
]
STATUSES = [
    ArticleStatus.DRAFT,
    ArticleStatus.SUBMITTED,
    ArticleStatus.EDITING,
    ArticleStatus.PUBLISHED,
    ArticleStatus.RETURNED,
]


@pytest.fixture
def gui_settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and journals of the test live in a temporary folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def store_path(tmp_path: Path) -> Iterator[Path]:
    """A store with two desks, three people and 40 articles in several states."""
    path = tmp_path / "desk.sqlite3"
    store = Store.open(path)
    try:
        pemerintahan = store.desks.save(Desk(name="Pemerintahan", slug="pemerintahan"))
        ekonomi = store.desks.save(Desk(name="Ekonomi", slug="ekonomi"))
        reporter = store.people.save(
            Person(
                username="rezap",
                name="Reza Pahlevi",
                roles=frozenset({Role.REPORTER}),
                code="rezap",
                desk_id=pemerintahan.id,
            )
        )
        editor = store.people.save(
            Person(username="nurul", name="Nurul Hidayah", roles=frozenset({Role.EDITOR}))
        )
        store.people.save(
            Person(
                username="otoy",
                name="Mustaqim Amna",
                roles=frozenset({Role.PHOTOGRAPHER}),
                code="otoy",
            )
        )
        base = datetime(2018, 5, 2, 9, 0, tzinfo=UTC)
        for number in range(40):
            headline = HEADLINES[number % len(HEADLINES)]
            store.articles.save(
                Article(
                    headline=f"{headline} {number}",
                    lead=f"Ringkasan berita nomor {number} tentang {headline.lower()}.",
                    body=f"Senin (30/4), kata dia. Paragraf **{number}** tentang Jakarta.",
                    desk_id=(pemerintahan if number % 2 else ekonomi).id,
                    reporter_id=reporter.id,
                    editor_id=editor.id if number % 3 == 0 else None,
                    status=STATUSES[number % len(STATUSES)],
                    tags=["jakarta", "pemprov" if number % 2 else "ekonomi"],
                    view_count=number * 10,
                    created_at=base + timedelta(days=number),
                ),
                author_id=reporter.id,
            )
    finally:
        store.close()
    return path


@pytest.fixture
def window(qtbot, store_path: Path, gui_settings_dir: Path):
    """The main window on the test store, started, with its first list loaded."""
    win = build_window(store_path, "en", Settings())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    with qtbot.waitSignal(win.list_updated, timeout=10000):
        win.start()
    qtbot.waitUntil(lambda: win.runner.pending() == 0)
    yield win
    win.close()
    win.runner.shutdown()


@pytest.fixture(scope="session", autouse=True)
def built_translations() -> None:
    """Build the .qm files from resources/translations/*.ts as bootstrap.sh does (when stale)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    target = root / "src" / "meja_redaksi" / "resources" / "translations"
    target.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (root / "resources" / "translations").glob("*.ts"):
        qm = target / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
