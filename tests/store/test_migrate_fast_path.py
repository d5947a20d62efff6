"""Opening a store already at the newest migration does not import Alembic; the head it assumes is Alembic's."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from meja_redaksi.domain import Article, ArticleQuery
from meja_redaksi.store import Store, migrate


def test_the_head_read_from_the_script_headers_is_alembics_head() -> None:
    assert migrate.scripts_head() == migrate._alembic_head()


def test_a_store_at_head_opens_without_alembic_and_an_older_one_is_upgraded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path, revision="0001") as old:
        assert old.schema_revision() == "0001"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from meja_redaksi.store import Store\n"
        "with Store.open(Path(sys.argv[1])) as store:\n"
        "    print('alembic' in sys.modules)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["True"], ["False"]]  # the first open upgrades, the second finds it at head
    with Store.open(path) as store:
        assert store.schema_revision() == migrate.head_revision()


def test_stores_opened_in_several_threads_wait_for_one_migration(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path, revision="0002") as old:
        for number in range(30):
            old.articles.save(Article(headline=f"Banjir di Jakarta {number}", body="Air surut."))
    opened: list[Store] = []
    failures: list[BaseException] = []

    def open_one() -> None:
        try:
            # A tiny busy timeout: only the wait for a migration in progress may be long.
            opened.append(Store.open(path, busy_timeout_ms=1))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    try:
        assert [s.schema_revision() for s in opened] == [migrate.head_revision()] * 3
        assert len(opened[0].articles.ids(ArticleQuery(search="jakar"))) == 30
    finally:
        for store in opened:
            store.close()
