"""The public site's routes: index, desk pages, article pages, photos, CSS and RSS (DESIGN §7).

Pages are rendered by :mod:`meja_redaksi.portal.site_pages` and served through the page cache.
"""

from __future__ import annotations

import hashlib
from functools import cache, partial
from importlib import resources

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from meja_redaksi.portal.blobs import SHA256, BlobStore
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import BlobRow
from meja_redaksi.portal.page_cache import PageCache
from meja_redaksi.portal.site_pages import (
    render_article,
    render_desk,
    render_index,
    render_popular,
    render_rss,
)
from meja_redaksi.portal.views import ViewCounter

_FALLBACK_CSS = """
body{font-family:DejaVu Sans,Arial,sans-serif;margin:0;color:#222}
header{background:#b71c1c;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:12px}
main{display:flex;gap:24px;padding:16px}article{flex:3}aside{flex:1}
.pull-quote{font-size:1.3em;font-style:italic;border-left:4px solid #b71c1c;padding-left:12px}
.meta{color:#666}.photo-credit{color:#666}figure img{max-width:100%}
"""


def _validated(request: Request, body: bytes, media_type: str) -> Response:
    """The answer with an ETag of its exact bytes: 304 when the reader already has them."""
    etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    known = [
        tag.strip().removeprefix("W/")
        for tag in request.headers.get("if-none-match", "").split(",")
    ]
    if etag in known or "*" in known:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _base_url(request: Request) -> str:
    """The site's address as the reader asked for it (cheaper than ``request.base_url``)."""
    scope = request.scope
    host = request.headers.get("host") or "{}:{}".format(
        *(scope.get("server") or ("localhost", 80))
    )
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}/"


def site_routes(db: Database, blobs: BlobStore, pages: PageCache) -> list[Route]:
    """The public pages bound to one database, media folder and page cache.

    Plain Starlette routes: a public page needs none of FastAPI's parameter solving, which cost more
    than serving the cached page itself. Index, desk pages and RSS carry an ETag of their bytes (a 304
    when nothing changed, counts included). An article page never answers 304: each request counts a
    view, so its bytes always change.
    """

    async def index(request: Request) -> Response:
        text = await pages.serve(("index",), render_index)
        assert text is not None
        return _validated(request, text.encode(), "text/html; charset=utf-8")

    async def desk_page(request: Request) -> Response:
        slug = str(request.path_params["slug"])
        text = await pages.serve(("desk", slug), partial(render_desk, slug=slug))
        if text is None:
            raise HTTPException(404, "rubrik tidak ditemukan")
        return _validated(request, text.encode(), "text/html; charset=utf-8")

    async def article_page(request: Request) -> Response:
        article_id, base_url = str(request.path_params["article_id"]), _base_url(request)
        render = partial(render_article, article_id=article_id, base_url=base_url)
        counted = article_id if request.method == "GET" else None  # a HEAD is nobody reading
        text = await pages.serve(("article", article_id, base_url), render, count_view=counted)
        if text is None:
            raise HTTPException(404, "berita tidak ditemukan")
        return HTMLResponse(text, headers={"Cache-Control": "no-cache"})

    def media(request: Request) -> Response:
        sha256 = str(request.path_params["sha256"])
        if not SHA256.match(sha256):
            raise HTTPException(404, "not found")
        # The address is the file's hash: what it names never changes.
        headers = {"ETag": f'"{sha256}"', "Cache-Control": "public, max-age=31536000, immutable"}
        with db.reading() as session:
            blob = session.get(BlobRow, sha256)
        if blob is None:
            raise HTTPException(404, "not found")
        if headers["ETag"] in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=headers)
        return FileResponse(blobs.file_path(sha256), media_type=blob.mime, headers=headers)

    async def css(request: Request) -> Response:
        return _validated(request, _css().encode(), "text/css; charset=utf-8")

    async def rss(request: Request) -> Response:
        base_url = _base_url(request)
        text = await pages.serve(("rss", base_url), partial(render_rss, base_url=base_url))
        assert text is not None
        return _validated(request, text.encode(), "application/rss+xml; charset=utf-8")

    return [
        Route("/", index, methods=["GET"]),
        Route("/berita/{article_id}", article_page, methods=["GET"]),
        Route("/berita/{article_id}/{slug}", article_page, methods=["GET"]),
        Route("/rubrik/{slug}", desk_page, methods=["GET"]),
        Route("/media/{sha256}", media, methods=["GET"]),
        Route("/static/portal.css", css, methods=["GET"]),
        Route("/rss.xml", rss, methods=["GET"]),
    ]


def site_cache(db: Database, views: ViewCounter, *, popular_seconds: float = 5.0) -> PageCache:
    """The page cache of the public site; BERITA POPULER is ranked again every ``popular_seconds``."""
    return PageCache(db, views, render_popular, popular_seconds=popular_seconds)


@cache
def _css() -> str:
    try:
        return (
            resources.files("meja_redaksi.resources")
            .joinpath("portal/portal.css")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError):
        return _FALLBACK_CSS
