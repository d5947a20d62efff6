"""Two laptops with real local stores syncing through a real portal via the command line."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from meja_redaksi.cli import main
from meja_redaksi.domain.entities import Article
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store

BODY = (
    "Gubernur menerima delegasi Los Angeles pada Senin (30/4).\n\n"
    "Pertemuan membahas kerja sama sister city.\n\n"
    "Kita ingin ada langkah konkret, kata Gubernur."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    code = main(list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@pytest.fixture
def laptops(
    portal: LocalPortal, tmp_path: Path, password: str, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    secret = tmp_path / "password.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    paths = (tmp_path / "a" / "store.db", tmp_path / "b" / "store.db")
    for path, user in zip(paths, ("rina", "eka"), strict=True):
        path.parent.mkdir()
        (report,) = run(capsys, "sync", "--store", str(path), "--portal", portal.url,
                        "--user", user, "--password-file", str(secret))  # fmt: skip
        assert report["pulled"] >= 5  # the newsroom's people
        assert password not in json.dumps(report)
    return paths


def edit_body(path: Path, article_id: str, old: str, new: str) -> None:
    with Store.open(path) as store:
        article = store.articles.get(article_id)
        store.articles.save(article.copy(body=article.body.replace(old, new)))


def body(path: Path, article_id: str) -> str:
    with Store.open(path) as store:
        return store.articles.get(article_id).body


def test_token_file_is_private_and_never_printed(laptops: tuple[Path, Path]) -> None:
    for path in laptops:
        token_file = path.with_name(f"{path.stem}-portal.token")
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert len(token_file.read_text()) > 20


def test_two_laptops_offline_no_word_lost(
    laptops: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptops
    with Store.open(a) as store:
        article = store.articles.save(Article(headline="Sister city", body=BODY))
    run(capsys, "sync", "--store", str(a))
    run(capsys, "sync", "--store", str(b))
    assert body(b, article.id) == BODY
    # Different paragraphs: merged.
    edit_body(a, article.id, "Senin (30/4)", "Senin (30/4) pagi")
    edit_body(b, article.id, "kata Gubernur", "ujar Gubernur")
    run(capsys, "sync", "--store", str(a))
    (report,) = run(capsys, "sync", "--store", str(b))
    run(capsys, "sync", "--store", str(a))
    assert report["conflicts"] == 0
    for path in (a, b):
        assert "Senin (30/4) pagi" in body(path, article.id)
        assert "ujar Gubernur" in body(path, article.id)
    # The same words: held as a conflict with both versions, listed by `conflicts`.
    edit_body(a, article.id, "sister city", "kota kembar")
    edit_body(b, article.id, "sister city", "kota bersaudara")
    run(capsys, "sync", "--store", str(a))
    (report,) = run(capsys, "sync", "--store", str(b))
    assert report["conflicts"] == 1
    (held,) = run(capsys, "conflicts", "--store", str(b), "--json")
    assert "kota bersaudara" in held["mine"]["body"]
    assert "kota kembar" in held["theirs"]["body"]
    assert body(b, article.id) == body(a, article.id)
    assert run(capsys, "conflicts", "--store", str(a), "--json") == []


def test_no_change_sync_is_one_request(
    laptops: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = laptops
    (report,) = run(capsys, "sync", "--store", str(a))
    assert report["requests"] <= 2 and report["pushed"] == 0
    from meja_redaksi.sync.service import sync_status

    with Store.open(a) as store:
        store.articles.save(Article(headline="Belum dikirim"))
        status = sync_status(store)
    assert status.pending == 1 and status.last_sync is not None


def test_sync_without_sign_in_or_portal_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "fresh.db"
    assert main(["sync", "--store", str(store), "--portal", "http://127.0.0.1:9"]) == 1
    assert "not signed in" in capsys.readouterr().err
    from meja_redaksi.sync.service import sync_status

    with Store.open(store) as opened:
        status = sync_status(opened)
    assert (status.pending, status.conflicts, status.last_sync) == (0, 0, None)
    secret = tmp_path / "pw"
    secret.write_text("x" * 12)
    code = main(["sync", "--store", str(store), "--portal", "http://127.0.0.1:9",
                 "--user", "rina", "--password-file", str(secret)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "did not answer" in err and len(err.strip().splitlines()) == 1


def test_offline_workflow_moves_replay_and_races_are_held(
    laptops: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    client_for: Any,
) -> None:
    import uuid

    from meja_redaksi.sync.protocol import Op

    a, b = laptops
    dodi = client_for("dodi")
    desk_id = str(uuid.uuid4())
    dodi.push([Op(str(uuid.uuid4()), "desk", desk_id, 0, {"name": "Kota", "slug": "kota"})])
    run(capsys, "sync", "--store", str(a))
    with Store.open(a) as store:
        rina = store.people.get_by_username("rina")
        article = store.articles.save(
            Article(headline="Banjir", body=BODY, desk_id=desk_id, reporter_id=rina.id)
        )
        store.articles.transition(article.id, "submit", rina, expected_state="draft")
    (report,) = run(capsys, "sync", "--store", str(a))
    assert report["rejected"] == 0, report
    assert report["transitions"] == 1, report
    run(capsys, "sync", "--store", str(b))
    with Store.open(b) as store:
        assert store.articles.get(article.id).status == "submitted"
        eka = store.people.get_by_username("eka")
        store.articles.transition(article.id, "edit", eka, expected_state="submitted")
    # Meanwhile the desk chief approves on the portal: the offline "edit" was based on a stale state.
    dodi.transition(article.id, "approve", "submitted")
    (report,) = run(capsys, "sync", "--store", str(b))
    assert report["rejected"] == 1
    (held,) = run(capsys, "conflicts", "--store", str(b), "--json")
    assert held["mine"] == {"status": "editing"} and "approved" in held["reason"]
    with Store.open(b) as store:
        assert store.articles.get(article.id).status == "approved"


def test_a_person_resolves_a_conflict_and_the_fix_syncs(
    laptops: tuple[Path, Path], capsys: pytest.CaptureFixture[str], client_for: Any
) -> None:
    from meja_redaksi.sync.store_replica import StoreReplica

    a, b = laptops
    with Store.open(a) as store:
        article = store.articles.save(Article(headline="Sister city", body=BODY))
    run(capsys, "sync", "--store", str(a))
    run(capsys, "sync", "--store", str(b))
    edit_body(a, article.id, "Senin", "Selasa")
    edit_body(b, article.id, "Senin", "Rabu")
    run(capsys, "sync", "--store", str(a))
    run(capsys, "sync", "--store", str(b))
    assert len(client_for("dodi").conflicts()) == 1
    with Store.open(b) as store:
        replica = StoreReplica(store)
        (held,) = replica.conflicts()
        merged = held.mine["body"].replace("Rabu", "Selasa dan Rabu")
        replica.resolve(held.id, {"body": merged})
        assert replica.conflicts() == []
    run(capsys, "sync", "--store", str(b))
    run(capsys, "sync", "--store", str(a))
    assert body(a, article.id) == body(b, article.id) == merged
    assert client_for("dodi").conflicts() == []


def test_photos_go_up_before_their_records(
    laptops: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    portal: LocalPortal,
    tmp_path: Path,
) -> None:
    import hashlib
    import io

    import httpx
    from PIL import Image

    a, b = laptops
    picture = tmp_path / "balai kota rezap.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 120), "green").save(buffer, "JPEG")
    picture.write_bytes(buffer.getvalue())
    (added,) = run(capsys, "photo", "add", str(picture), "--store", str(a))
    photo_id = added["id"]
    run(capsys, "photo", "set", photo_id, "--store", str(a), "--caption", "Balai Kota",
        "--credit", "Reza P")  # fmt: skip
    (report,) = run(capsys, "sync", "--store", str(a))
    assert report["rejected"] == 0 and report["conflicts"] == 0
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    with Store.open(a) as store:
        assert store.photos.get(photo_id).sha256 == sha
    assert httpx.get(f"{portal.url}/media/{sha}").content == picture.read_bytes()
    run(capsys, "sync", "--store", str(b))
    with Store.open(b) as store:
        photo = store.photos.get(photo_id)
        assert (photo.caption, photo.credit, photo.sha256) == ("Balai Kota", "Reza P", sha)
