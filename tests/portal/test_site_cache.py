"""The public site's page cache over real HTTP: pages follow every write at once, counts stay live."""

from __future__ import annotations

import re
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op, OpKind, OpOutcome

Clients = Callable[[str], PortalClient]


def push(client: PortalClient, entity: str, record_id: str, base_rev: int, **fields: Any) -> int:
    (result,) = client.push([Op(str(uuid.uuid4()), entity, record_id, base_rev, fields)])
    assert result.outcome in (OpOutcome.APPLIED, OpOutcome.MERGED), result
    return result.rev


def new_desk(client_for: Clients, slug: str = "kota") -> str:
    desk_id = str(uuid.uuid4())
    push(client_for("dodi"), "desk", desk_id, 0, name=f"Rubrik {slug}", slug=slug)
    return desk_id


def publish(client_for: Clients, headline: str, desk_id: str) -> str:
    rina, eka, dodi = client_for("rina"), client_for("eka"), client_for("dodi")
    article_id = str(uuid.uuid4())
    push(rina, "article", article_id, 0, headline=headline, body="Isi berita.", desk_id=desk_id)
    rina.transition(article_id, "submit", "draft")
    eka.transition(article_id, "approve", "submitted")
    dodi.transition(article_id, "publish", "approved")
    return article_id


def shown_views(page: str) -> int:
    return int(re.search(r'class="views"[^>]*>(\d+)<', page)[1])


def rss_titles(base: str) -> list[str | None]:
    return [t.text for t in ET.fromstring(httpx.get(f"{base}/rss.xml").content).iter("title")]


def test_pages_follow_publish_edit_unpublish_at_once(
    portal: LocalPortal, client_for: Clients
) -> None:
    desk_id = new_desk(client_for)
    other = publish(client_for, "Berita Lain", desk_id)
    base = portal.url
    rina, eka, dodi = client_for("rina"), client_for("eka"), client_for("dodi")  # sign-ins: writes
    for url in (f"{base}/", f"{base}/rubrik/kota", f"{base}/rss.xml", f"{base}/berita/{other}"):
        assert httpx.get(url).status_code == 200  # every page rendered and cached before the news

    article_id = str(uuid.uuid4())
    push(rina, "article", article_id, 0, headline="Banjir Surut", body="Isi.", desk_id=desk_id)
    assert httpx.get(f"{base}/berita/{article_id}").status_code == 404
    rina.transition(article_id, "submit", "draft")
    eka.transition(article_id, "approve", "submitted")
    published = dodi.transition(article_id, "publish", "approved")

    assert "Banjir Surut" in httpx.get(f"{base}/berita/{article_id}").text
    assert "Banjir Surut" in httpx.get(f"{base}/").text
    assert "Banjir Surut" in httpx.get(f"{base}/rubrik/kota").text
    assert "Banjir Surut" in rss_titles(base)
    assert "Banjir Surut" in httpx.get(f"{base}/berita/{other}").text  # BERITA POPULER, same desk

    push(eka, "article", article_id, int(published["rev"]), headline="Banjir Reda")
    for url in (f"{base}/berita/{article_id}", f"{base}/", f"{base}/rubrik/kota"):
        text = httpx.get(url).text
        assert "Banjir Reda" in text and "Banjir Surut" not in text, url
    assert "Banjir Reda" in rss_titles(base) and "Banjir Surut" not in rss_titles(base)

    dodi.transition(article_id, "unpublish", "published", note="salah data")
    assert httpx.get(f"{base}/berita/{article_id}").status_code == 404
    for url in (f"{base}/", f"{base}/rubrik/kota", f"{base}/berita/{other}", f"{base}/rss.xml"):
        assert "Banjir Reda" not in httpx.get(url).text, url


def test_desk_and_photo_changes_show_at_once(portal: LocalPortal, client_for: Clients) -> None:
    desk_id = new_desk(client_for, "daerah")
    article_id = publish(client_for, "Jalan Baru", desk_id)
    dodi = client_for("dodi")
    assert "Rubrik daerah" in httpx.get(f"{portal.url}/berita/{article_id}").text
    push(dodi, "desk", desk_id, 1, name="Rubrik Wilayah")
    assert "Rubrik Wilayah" in httpx.get(f"{portal.url}/berita/{article_id}").text
    assert "Rubrik Wilayah" in httpx.get(f"{portal.url}/rubrik/daerah").text


def test_view_counts_are_live_on_every_page(portal: LocalPortal, client_for: Clients) -> None:
    article_id = publish(client_for, "Pasar Murah", new_desk(client_for))
    base = portal.url
    views = portal.app.state.views
    first = shown_views(httpx.get(f"{base}/berita/{article_id}").text)
    for step in range(1, 6):
        page = httpx.get(f"{base}/berita/{article_id}").text
        assert shown_views(page) == first + step
        if step == 3:
            views.flush()  # the batch reaches the database; the shown count neither skips nor repeats
    assert httpx.head(f"{base}/berita/{article_id}").status_code == 200  # a check, not a reader
    index = httpx.get(f"{base}/").text
    assert f'title="kali dibaca">{first + 5}<' in index
    views.flush()
    api = client_for("rina")._call("GET", "/views")
    assert api[article_id] == first + 5


def test_concurrent_readers_and_batches_lose_no_view(
    portal: LocalPortal, client_for: Clients
) -> None:
    article_id = publish(client_for, "Festival Kota", new_desk(client_for))
    views = portal.app.state.views
    views.interval = 0.0  # a batch after every view: the most flushes racing the counts
    url = f"{portal.url}/berita/{article_id}"
    start = shown_views(httpx.get(url).text)

    def reader() -> None:
        with httpx.Client() as client:
            for _ in range(15):
                assert client.get(url).status_code == 200

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert shown_views(httpx.get(url).text) == start + 6 * 15 + 1
    views.flush()
    assert client_for("rina")._call("GET", "/views")[article_id] == start + 6 * 15 + 1


def test_validators_index_and_rss_answer_304_article_pages_never(
    portal: LocalPortal, client_for: Clients
) -> None:
    article_id = publish(client_for, "Harga Beras", new_desk(client_for))
    base = portal.url
    for path in ("/", "/rss.xml", "/rubrik/kota", "/static/portal.css"):
        first = httpx.get(base + path)
        tag = first.headers["etag"]
        again = httpx.get(base + path, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"", path
    index_tag = httpx.get(f"{base}/").headers["etag"]
    article = httpx.get(f"{base}/berita/{article_id}")
    assert "etag" not in article.headers and article.headers["cache-control"] == "no-cache"
    # The view changed a count the index shows: the reader's copy is stale, so the page is sent.
    changed = httpx.get(f"{base}/", headers={"If-None-Match": index_tag})
    assert changed.status_code == 200 and changed.headers["etag"] != index_tag


def test_reading_never_waits_for_a_write(portal: LocalPortal, client_for: Clients) -> None:
    """A long write (a big push) holds the write lock: cached pages answer and their views count."""
    article_id = publish(client_for, "Rapat Paripurna", new_desk(client_for))
    url = f"{portal.url}/berita/{article_id}"
    start = shown_views(httpx.get(url).text)
    views = portal.app.state.views
    views.interval = 0.0
    held, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with portal.app.state.db.writing(notify=False):
            held.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert held.wait(10)
        for step in range(1, 4):
            answer = httpx.get(url, timeout=10)
            assert answer.status_code == 200 and shown_views(answer.text) == start + step
    finally:
        release.set()
        writer.join()
    views.flush()
    assert client_for("rina")._call("GET", "/views")[article_id] == start + 3


def test_popular_follows_the_counts_within_its_interval(
    portal: LocalPortal, client_for: Clients
) -> None:
    portal.app.state.pages.popular_seconds = 0.2
    desk_id = new_desk(client_for)
    quiet, read = (
        publish(client_for, "Berita Sepi", desk_id),
        publish(client_for, "Berita Ramai", desk_id),
    )
    base = portal.url
    for _ in range(4):
        httpx.get(f"{base}/berita/{read}")
    portal.app.state.views.flush()

    def popular_order() -> list[str]:
        block = httpx.get(f"{base}/").text.split("BERITA POPULER")[1]
        return sorted(("Berita Sepi", "Berita Ramai"), key=block.index)

    deadline = time.monotonic() + 10
    while popular_order()[0] != "Berita Ramai" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert popular_order()[0] == "Berita Ramai"
    for _ in range(8):
        httpx.get(f"{base}/berita/{quiet}")
    portal.app.state.views.flush()
    while popular_order()[0] != "Berita Sepi" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert popular_order()[0] == "Berita Sepi"


def test_another_server_on_the_same_database_is_followed(
    portal: LocalPortal, client_for: Clients, password: str, tmp_path: Path
) -> None:
    article_id = publish(client_for, "Sekolah Baru", new_desk(client_for))
    assert "Sekolah Baru" in httpx.get(f"{portal.url}/berita/{article_id}").text
    with LocalPortal(portal.db_url, tmp_path / "media") as second:
        eka = PortalClient(second.url)
        eka.login("eka", password)
        (result,) = eka.push(
            [Op(str(uuid.uuid4()), "article", article_id, 1, {"headline": "Sekolah Dibuka"})]
        )
        eka.close()
        assert result.outcome in (OpOutcome.APPLIED, OpOutcome.MERGED), result
    deadline = time.monotonic() + 10
    while "Sekolah Dibuka" not in (text := httpx.get(f"{portal.url}/berita/{article_id}").text):
        assert time.monotonic() < deadline, "the edit made through the other server never showed"
        time.sleep(0.1)
    assert "Sekolah Baru" not in text


def test_a_deleted_draft_desk_page_vanishes(portal: LocalPortal, client_for: Clients) -> None:
    desk_id = new_desk(client_for, "sementara")
    assert httpx.get(f"{portal.url}/rubrik/sementara").status_code == 200
    dodi = client_for("dodi")
    (result,) = dodi.push([Op(str(uuid.uuid4()), "desk", desk_id, 1, {}, OpKind.DELETE)])
    assert result.outcome is OpOutcome.APPLIED, result
    assert httpx.get(f"{portal.url}/rubrik/sementara").status_code == 404
    assert "Rubrik sementara" not in httpx.get(f"{portal.url}/").text


def test_views_counted_by_another_server_show_after_the_reread(
    portal: LocalPortal, client_for: Clients, tmp_path: Path
) -> None:
    desk_id = new_desk(client_for)
    there, here = publish(client_for, "Taman Kota", desk_id), publish(client_for, "Pasar", desk_id)
    assert 'title="kali dibaca">0<' in httpx.get(f"{portal.url}/").text  # both counts known: 0
    with LocalPortal(portal.db_url, tmp_path / "media") as second:
        for _ in range(3):
            assert httpx.get(f"{second.url}/berita/{there}").status_code == 200
    # The second server wrote its views when it stopped; a batch written here re-reads the counts.
    views = portal.app.state.views
    views.interval, views.reread_seconds = 0.0, 0.0
    deadline = time.monotonic() + 10
    while True:
        httpx.get(f"{portal.url}/berita/{here}")
        views.flush()
        index = httpx.get(f"{portal.url}/").text
        shown = {int(count) for count in re.findall(r'Taman Kota</a>.*?kali dibaca">(\d+)<', index)}
        assert shown <= {0, 3}, shown
        if shown == {3}:
            break
        assert time.monotonic() < deadline, "the other server's views never showed"


def test_work_on_unpublished_articles_keeps_the_cached_pages(
    portal: LocalPortal, client_for: Clients
) -> None:
    desk_id = new_desk(client_for)
    shown = publish(client_for, "Sudah Terbit", desk_id)
    pages = portal.app.state.pages
    assert httpx.get(f"{portal.url}/berita/{shown}").status_code == 200
    rina, eka = client_for("rina"), client_for("eka")  # a sign-in is a write too
    kept = pages.generation
    draft = str(uuid.uuid4())
    rev = push(rina, "article", draft, 0, headline="Masih Draf", body="Isi.", desk_id=desk_id)
    push(rina, "article", draft, rev, body="Isi yang lebih panjang.")
    rina.transition(draft, "submit", "draft")
    eka.transition(draft, "approve", "submitted")
    assert pages.generation == kept  # nothing public changed: no page was retired
    assert "Masih Draf" not in httpx.get(f"{portal.url}/berita/{shown}").text
    client_for("dodi").transition(draft, "publish", "approved")
    assert pages.generation > kept
    assert "Masih Draf" in httpx.get(f"{portal.url}/berita/{shown}").text  # same desk: related
