"""The portal server's FastAPI application: the sync API, its OpenAPI document and the public site."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from meja_redaksi.domain.errors import UserError
from meja_redaksi.portal.api import build_router, error_response
from meja_redaksi.portal.auth import LoginThrottle
from meja_redaksi.portal.blobs import BlobStore
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.site import site_cache, site_routes
from meja_redaksi.portal.views import ViewCounter

DEFAULT_MAX_UPLOAD = 40 * 1024 * 1024


def create_app(
    db_url: str,
    media_dir: Path | str,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    max_failed_logins: int = 5,
    lockout_seconds: float = 30.0,
) -> FastAPI:
    """Build the portal app on the database at ``db_url`` with photo files under ``media_dir``."""
    db = Database(db_url)
    blobs = BlobStore(db, Path(media_dir), max_upload_bytes)
    throttle = LoginThrottle(max_failed_logins, lockout_seconds)
    views = ViewCounter(db)
    pages = site_cache(db, views)
    app = FastAPI(
        title="Meja Redaksi portal",
        version="1",
        description="Sync API of the Meja Redaksi newsroom and its public news site.",
    )
    app.state.db = db
    app.state.blobs = blobs
    app.state.views = views
    app.state.pages = pages

    @app.exception_handler(UserError)
    async def user_error(_request: Request, exc: UserError) -> JSONResponse:
        return error_response(exc)

    for route in site_routes(db, blobs, pages):  # first: the public pages are most of the traffic
        app.add_route(route.path, route.endpoint, ["GET"], include_in_schema=False)
    app.include_router(build_router(db, blobs, throttle, views))
    app.router.on_shutdown.append(views.flush)
    app.router.on_shutdown.append(db.dispose)
    return app
