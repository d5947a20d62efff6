"""``meja-redaksi portal user add``: users with argon2 hashes; bad input gets one line and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from meja_redaksi.cli import main
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import UserRow


def test_user_add_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_url = f"sqlite:///{tmp_path / 'portal.db'}"
    secret = tmp_path / "pw"
    secret.write_text("rahasia-sekali\n", encoding="utf-8")
    args = ["portal", "user", "add", "rezap", "--name", "Reza P", "--role", "photographer,reporter",
            "--password-file", str(secret), "--db", db_url]  # fmt: skip
    assert main(args) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["username"] == "rezap" and created["roles"] == ["photographer", "reporter"]
    bad_inputs = [
        (args, "already exists"),
        ([*args[:3], "baru", *args[4:6], "--role", "ratu", *args[8:]], "unknown role"),
        ([*args[:3], "Bad Name!", *args[4:]], "user name"),
        ([*args[:-3], str(tmp_path / "missing"), *args[-2:]], "cannot read the password file"),
    ]
    short = tmp_path / "short"
    short.write_text("pendek")
    bad_inputs.append(([*args[:3], "baru", *args[4:-3], str(short), *args[-2:]], "8 characters"))
    for argv, message in bad_inputs:
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1, err
    db = Database(db_url)
    with db.reading() as session:
        users = list(session.execute(select(UserRow)).scalars())
    db.dispose()
    assert [u.username for u in users] == ["rezap"]
    assert users[0].password_hash.startswith("$argon2") and "rahasia" not in users[0].password_hash


def test_compact_forgets_old_tombstones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import uuid

    from meja_redaksi.portal.auth import add_user
    from meja_redaksi.portal.records import CursorExpired, changes, push
    from meja_redaksi.sync.protocol import Op, OpKind

    db_url = f"sqlite:///{tmp_path / 'portal.db'}"
    db = Database(db_url)
    caller = add_user(db, "rina", "Rina", ["reporter"], "rahasia-sekali")
    gone, kept = str(uuid.uuid4()), str(uuid.uuid4())
    push(db, caller, [Op(str(uuid.uuid4()), "article", gone, 0, {"headline": "Hapus"}),
                      Op(str(uuid.uuid4()), "article", gone, 1, {}, OpKind.DELETE),
                      Op(str(uuid.uuid4()), "article", kept, 0, {"headline": "Tetap"})])  # fmt: skip
    db.dispose()
    assert main(["portal", "compact", "--keep", "1", "--db", db_url]) == 0
    assert json.loads(capsys.readouterr().out) == {"purged": 1, "up_to_seq": 3}
    db = Database(db_url)
    with pytest.raises(CursorExpired):
        changes(db, 1, 100)
    assert [c.id for c in changes(db, 0, 100).changes] == [caller.id, kept]
    db.dispose()
