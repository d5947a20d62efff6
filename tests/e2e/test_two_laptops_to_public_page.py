"""Issue 6's "done means", end to end: the seed article written on a reporter's laptop, edited offline
on two laptops at once, synced through a real portal on 127.0.0.1, taken through the workflow and read
back from the public page in Debian's headless chromium by the same parser that reads the seed.

Everything goes through the command line and real stores, as a newsroom would use it."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from meja_redaksi.cli import main
from meja_redaksi.domain.entities import Article
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.render.portal_page import PortalPage, parse_portal_page
from meja_redaksi.store import Store
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]
PASSWORD = "rahasia-redaksi"
CAPTION = "Gubernur DKI Jakarta bertemu Deputi Mayor Los Angeles Nina Hachigian (30/4)."
# Where each laptop edits the seed body while offline: different paragraphs of the same article.
REPORTER_EDIT = ("Dijelaskannya, dalam pertemuan", "Dijelaskannya, dalam pertemuan tertutup")
EDITOR_EDIT = ('"Kita ingin lebih memaksimalkan', '"Kami ingin lebih memaksimalkan')


class _TextOfPage(HTMLParser):
    """The text a reader sees in the page's ``<main>`` (the site's header and navigation left out,
    as the seed page was saved), one line per block element."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "li",
            "ul",
            "ol",
            "figure",
            "figcaption",
            "blockquote",
            "header",
            "footer",
            "section",
            "article",
            "aside",
            "nav",
            "main",
            "br",
            "title",
        ]
    )

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = [""]
        self._hidden = 0
        self._in_main = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self._in_main = True
        if tag in ("script", "style", "head"):
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self._in_main = False
        if tag in ("script", "style", "head"):
            self._hidden -= 1
        elif tag in self.BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if self._in_main and not self._hidden:
            self.lines[-1] += data

    def text(self) -> str:
        cleaned = (" ".join(line.split()) for line in self.lines)
        return "\n\n".join(line for line in cleaned if line)


def page_text(url: str, profile: Path) -> str:
    """The page as chromium renders it (after any script would have run), as plain text."""
    assert CHROMIUM is not None
    dom = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", url,
        ],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    reader = _TextOfPage()
    reader.feed(dom)
    return reader.text()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err + captured.out
    out = captured.out
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def paragraphs(body: str) -> list[str]:
    return [block.strip() for block in body.split("\n\n") if block.strip()]


@pytest.fixture
def newsroom(tmp_path: Path) -> Iterator[LocalPortal]:
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    portal = LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media").start()
    db = portal.app.state.db
    add_user(db, "mustaqim", "Mustaqim Amna", ["reporter", "photographer"], PASSWORD)
    add_user(db, "toni", "Toni Riyanto", ["editor"], PASSWORD)
    add_user(db, "dodi", "Dodi Kepala Desk", ["desk_chief"], PASSWORD)
    with PortalClient(portal.url) as chief:
        chief.login("dodi", PASSWORD)
        chief.push([Op(str(uuid.uuid4()), "desk", str(uuid.uuid4()), 0,
                       {"name": "Pemerintahan", "slug": "pemerintahan"})])  # fmt: skip
    try:
        yield portal
    finally:
        portal.stop()


def test_two_laptops_edit_offline_and_the_portal_shows_the_seed_page(
    newsroom: LocalPortal, seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = parse_portal_page(seed_text)
    assert seed.photo is not None and seed.reporter and seed.editor
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    reporter, editor = tmp_path / "reporter" / "store.db", tmp_path / "editor" / "store.db"
    for path, user in ((reporter, "mustaqim"), (editor, "toni")):
        path.parent.mkdir()
        run(capsys, "sync", "--store", str(path), "--portal", newsroom.url,
            "--user", user, "--password-file", str(secret))  # fmt: skip

    # The reporter writes the seed's article on the laptop, with the photo file and its caption.
    image = tmp_path / "sister-city.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (160, 100), "teal").save(buffer, "JPEG")
    image.write_bytes(buffer.getvalue())
    (photo,) = run(capsys, "photo", "add", str(image), "--as", "mustaqim", "--store", str(reporter))
    run(capsys, "photo", "set", photo["id"], "--title", seed.photo.title,
        "--credit", seed.photo.credit, "--caption", CAPTION, "--store", str(reporter))  # fmt: skip
    with Store.open(reporter) as store:
        people = {p.name: p.id for p in store.people.list()}
        (desk,) = [d for d in store.desks.list() if d.slug == "pemerintahan"]
        article = store.articles.save(
            Article(
                headline=seed.headline,
                body=seed.body,
                pull_quotes=list(seed.pull_quotes),
                desk_id=desk.id,
                reporter_id=people[seed.reporter],
                editor_id=people[seed.editor],
                main_photo_id=photo["id"],
            )
        )
    run(capsys, "sync", "--store", str(reporter))
    run(capsys, "sync", "--store", str(editor))

    # Offline on both laptops: the reporter adds a word, the editor rewords another paragraph.
    for path, (old, new) in ((reporter, REPORTER_EDIT), (editor, EDITOR_EDIT)):
        with Store.open(path) as store:
            current = store.articles.get(article.id)
            assert current.body.count(old) == 1
            store.articles.save(current.copy(body=current.body.replace(old, new)))
    reports = [run(capsys, "sync", "--store", str(p))[0] for p in (reporter, editor, reporter)]
    assert sum(r["conflicts"] for r in reports) == 0
    expected = seed.body.replace(*REPORTER_EDIT).replace(*EDITOR_EDIT)
    for path in (reporter, editor):
        with Store.open(path) as store:
            assert store.articles.get(article.id).body == expected
        assert run(capsys, "conflicts", "--store", str(path), "--json") == []

    # The workflow: the reporter submits, the editor approves, the desk chief publishes.
    run(capsys, "article", "transition", article.id, "submit", "--as", "mustaqim",
        "--store", str(reporter))  # fmt: skip
    run(capsys, "sync", "--store", str(reporter))
    run(capsys, "sync", "--store", str(editor))
    run(capsys, "article", "transition", article.id, "approve", "--as", "toni",
        "--store", str(editor))  # fmt: skip
    run(capsys, "sync", "--store", str(editor))
    with PortalClient(newsroom.url) as chief:
        chief.login("dodi", PASSWORD)
        chief.transition(article.id, "publish", "approved")
    for path in (reporter, editor):
        run(capsys, "sync", "--store", str(path))
        with Store.open(path) as store:
            assert store.articles.get(article.id).status.value == "published"

    # The public page, read by a browser and parsed as the seed page was.
    shown = parse_portal_page(page_text(f"{newsroom.url}/berita/{article.id}", tmp_path / "p"))
    assert_reads_like_the_seed(shown, seed, expected)

    # The portal's count of readers comes down to the laptops with the next sync.
    newsroom.app.state.views.flush()
    (report,) = run(capsys, "sync", "--store", str(reporter))
    assert report["views"] == 1 and report["pushed"] == 0
    with Store.open(reporter) as store:
        assert store.articles.get(article.id).view_count == shown.views


def assert_reads_like_the_seed(shown: PortalPage, seed: PortalPage, body: str) -> None:
    assert shown.headline == seed.headline
    assert (shown.reporter, shown.editor) == (seed.reporter, seed.editor)
    assert shown.photo is not None and seed.photo is not None
    assert (shown.photo.title, shown.photo.credit) == (seed.photo.title, seed.photo.credit)
    assert shown.pull_quotes == seed.pull_quotes
    assert paragraphs(shown.body) == paragraphs(body)
    assert shown.views is not None and shown.views >= 1  # the counter counted this reader
    assert shown.published == datetime.now(ZoneInfo("Asia/Jakarta")).date()
    # BERITA POPULER lists the one published article with its photo title and the same count.
    assert [(r.headline, r.photo_title) for r in shown.popular] == [
        (seed.headline, seed.photo.title)
    ]
