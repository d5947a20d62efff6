"""Opening a store already at the newest migration does not import Alembic; the head it assumes is Alembic's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
