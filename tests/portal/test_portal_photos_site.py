"""Photo uploads (resumable, hash-checked, decoded with limits) and the public site over real HTTP."""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from PIL import Image

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient, PortalRefused
from meja_redaksi.sync.protocol import Op, OpOutcome

Clients = Callable[[str], PortalClient]


def jpeg_bytes(color: str = "red", size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def push_one(
    client: PortalClient, entity: str, record_id: str, base_rev: int, **fields: Any
) -> int:
    (result,) = client.push([Op(str(uuid.uuid4()), entity, record_id, base_rev, fields)])
    assert result.outcome in (OpOutcome.APPLIED, OpOutcome.MERGED), result
    return result.rev


def test_resumable_upload_stores_once(portal: LocalPortal, client_for: Clients) -> None:
    otoy = client_for("otoy")
    data = jpeg_bytes(size=(300, 200))
    sha = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    state = otoy._call(
        "PUT", f"/blobs/{sha}", params={"offset": 0, "total": len(data)}, content=data[:half]
    )
    assert state == {"sha256": sha, "received": half, "complete": False}
    with pytest.raises(PortalRefused) as caught:
        otoy._call("PUT", f"/blobs/{sha}", params={"offset": 3, "total": len(data)}, content=b"xx")
    assert caught.value.status == 409
    otoy.upload_photo(sha, data)  # resumes at the received offset
    assert otoy._call("GET", f"/blobs/{sha}")["complete"] is True
    otoy.upload_photo(sha, data)  # the same photo again: nothing to send
    assert httpx.get(f"{portal.url}/media/{sha}").content == data
    stored = list((portal.media_dir / "files").rglob("*"))
    assert sum(1 for p in stored if p.is_file()) == 1


def test_hash_mismatch_and_non_images_are_refused(portal: LocalPortal, client_for: Clients) -> None:
    otoy = client_for("otoy")
    data = jpeg_bytes()
    wrong = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(PortalRefused) as caught:
        otoy.upload_photo(wrong, data)
    assert caught.value.status == 400 and "sha256" in str(caught.value)
    text = b"bukan foto sama sekali"
    with pytest.raises(PortalRefused) as not_photo:
        otoy.upload_photo(hashlib.sha256(text).hexdigest(), text)
    assert "not a readable photo" in str(not_photo.value)
    assert not [p for p in (portal.media_dir / "files").rglob("*") if p.is_file()]


def test_decompression_bomb_and_oversize_are_refused(
    portal: LocalPortal, client_for: Clients
) -> None:
    otoy = client_for("otoy")
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, "PNG")
    data = bomb.getvalue()
    with pytest.raises(PortalRefused) as caught:
        otoy.upload_photo(hashlib.sha256(data).hexdigest(), data)
    assert "pixels" in str(caught.value)
    big = b"\xff" * 2_100_000
    with pytest.raises(PortalRefused) as too_big:
        otoy.upload_photo(hashlib.sha256(big).hexdigest(), big)
    assert too_big.value.status == 413


def test_client_names_never_become_paths(portal: LocalPortal, client_for: Clients) -> None:
    otoy = client_for("otoy")
    for name in ("..%2F..%2Fetc%2Fpasswd", "ABC", "0" * 63 + "g"):
        answer = httpx.put(
            f"{portal.url}/api/v1/blobs/{name}?offset=0&total=3",
            content=b"abc",
            headers={"Authorization": f"Bearer {otoy.token}"},
        )
        assert answer.status_code in (400, 404)
    assert httpx.get(f"{portal.url}/media/..%2F..%2Fportal.db").status_code == 404


def publish_article(client_for: Clients, body: str, **extra: Any) -> dict[str, str]:
    """Desk, photo and article through the API, taken through the workflow to published."""
    rina, eka, dodi, otoy = (client_for(u) for u in ("rina", "eka", "dodi", "otoy"))
    desk_id = str(uuid.uuid4())
    push_one(dodi, "desk", desk_id, 0, name="Pemerintahan", slug="pemerintahan")
    data = jpeg_bytes("blue")
    sha = hashlib.sha256(data).hexdigest()
    otoy.upload_photo(sha, data)
    photo_id = str(uuid.uuid4())
    push_one(otoy, "photo", photo_id, 0, sha256=sha,
             title="Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
             caption="Pertemuan di Balai Kota", credit="Mustaqim Amna")  # fmt: skip
    article_id = str(uuid.uuid4())
    eka_id = eka.me()["id"]
    rev = push_one(rina, "article", article_id, 0, headline="Anies Bahas Sister City", body=body,
                   desk_id=desk_id, main_photo_id=photo_id, editor_id=eka_id,
                   slug="anies-bahas-sister-city", **extra)  # fmt: skip
    assert rev == 1
    rina.transition(article_id, "submit", "draft")
    eka.transition(article_id, "approve", "submitted")
    dodi.transition(article_id, "publish", "approved")
    return {"id": article_id, "desk": "pemerintahan", "sha": sha}


SEED_BODY = (
    "Gubernur menerima delegasi Los Angeles di Balai Kota, Senin (30/4).\n\n"
    "> [!PULLQUOTE]\n> Kita ingin ada langkah konkret\n\n"
    "Pertemuan membahas kerja sama sister city."
)


def test_article_page_is_laid_out_like_the_seed(portal: LocalPortal, client_for: Clients) -> None:
    article = publish_article(client_for, SEED_BODY)
    page = httpx.get(f"{portal.url}/berita/{article['id']}/anies-bahas-sister-city")
    assert page.status_code == 200
    text = page.text
    assert "Anies Bahas Sister City" in text
    from datetime import UTC, datetime

    assert format_long_date(datetime.now(UTC)) in text
    assert "Reporter: Rina Reporter" in text and "Editor: Eka Editor" in text
    assert "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles" in text
    assert "(Foto: Mustaqim Amna)" in text
    assert 'class="pull-quote"' in text and "Kita ingin ada langkah konkret" in text
    assert "BERITA TERKAIT" in text and "BERITA POPULER" in text and "Bagikan ke" in text
    first = int(re.search(r'class="views"[^>]*>(\d+)<', text)[1])
    again = httpx.get(f"{portal.url}/berita/{article['id']}").text
    assert int(re.search(r'class="views"[^>]*>(\d+)<', again)[1]) == first + 1
    portal.app.state.views.flush()  # counted views reach the database and the clients
    assert client_for("rina")._call("GET", "/views")[article["id"]] == first + 1


def test_index_desk_pages_and_rss(portal: LocalPortal, client_for: Clients) -> None:
    article = publish_article(client_for, SEED_BODY)
    index = httpx.get(f"{portal.url}/").text
    assert "Anies Bahas Sister City" in index and f"/berita/{article['id']}" in index
    desk = httpx.get(f"{portal.url}/rubrik/pemerintahan")
    assert desk.status_code == 200 and "Anies Bahas Sister City" in desk.text
    assert httpx.get(f"{portal.url}/rubrik/tidak-ada").status_code == 404
    rss = ET.fromstring(httpx.get(f"{portal.url}/rss.xml").content)
    titles = [t.text for t in rss.iter("title")]
    assert "Anies Bahas Sister City" in titles


def test_unpublished_articles_are_not_public(portal: LocalPortal, client_for: Clients) -> None:
    rina = client_for("rina")
    article_id = str(uuid.uuid4())
    push_one(rina, "article", article_id, 0, headline="Rahasia draf", body="isi")
    assert httpx.get(f"{portal.url}/berita/{article_id}").status_code == 404
    assert "Rahasia draf" not in httpx.get(f"{portal.url}/").text


def test_hostile_body_is_sanitized(portal: LocalPortal, client_for: Clients) -> None:
    hostile = (
        'Paragraf <script>document.title="pwned"</script>\n\n'
        "<img src=x onerror=\"document.title='pwned'\">\n\n"
        "[klik](javascript:alert(1))"
    )
    article = publish_article(client_for, hostile)
    text = httpx.get(f"{portal.url}/berita/{article['id']}").text
    elements = _elements(text)
    assert "script" not in {tag for tag, _ in elements}
    for _, attrs in elements:
        for name, value in attrs:
            assert not name.startswith("on"), name
            assert not (value or "").strip().lower().startswith("javascript:"), value


def _elements(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every element of an HTML page with its attributes, as a browser's parser would see them."""
    from html.parser import HTMLParser

    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collector().feed(page)
    return found
