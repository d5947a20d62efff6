"""The sync API under ``/api/v1`` (DESIGN §6): sign-in, pull, push, transitions, conflicts, photos."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.portal.auth import Caller, LoginThrottle, caller_for_token, login
from meja_redaksi.portal.blobs import BlobStore, UploadOutOfOrder, UploadTooLarge
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import ArticleRow, ConflictRow
from meja_redaksi.portal.records import (
    CursorExpired,
    PushForbidden,
    changes_bytes,
    push,
    store_record,
)
from meja_redaksi.portal.transitions import ForbiddenTransition, transition
from meja_redaksi.portal.views import ViewCounter, counts_since
from meja_redaksi.sync.protocol import Op
from meja_redaksi.workflow.transitions import TransitionError

MAX_OPS_PER_PUSH = 1000
MAX_PAGE = 2000


class LoginRequest(BaseModel):
    """A password sign-in from one device."""

    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)
    device: str = Field(default="", max_length=100)


class PushRequest(BaseModel):
    """A batch of ops (see :class:`meja_redaksi.sync.protocol.Op`)."""

    ops: list[dict[str, Any]] = Field(max_length=MAX_OPS_PER_PUSH)


class TransitionRequest(BaseModel):
    """A workflow action with the state the caller expects the article to be in."""

    action: str = Field(max_length=20)
    expected_state: str = Field(max_length=20)
    note: str = Field(default="", max_length=5000)
    scheduled_at: str | None = Field(default=None, max_length=40)


def error_response(exc: UserError) -> JSONResponse:
    """The HTTP answer for an error the client can act on."""
    status = 400
    extra: dict[str, Any] = {}
    if isinstance(exc, NotFoundError):
        status = 404
    elif isinstance(exc, ForbiddenTransition | PushForbidden):
        status = 403
    elif isinstance(exc, UploadOutOfOrder):
        status, extra = 409, {"received": exc.received}
    elif isinstance(exc, TransitionError):
        status = 409
    elif isinstance(exc, CursorExpired):
        status = 410
    elif isinstance(exc, UploadTooLarge):
        status = 413
    return JSONResponse({"detail": str(exc), **extra}, status_code=status)


def current_caller(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Caller:
    """The user whose device token the request carries; 401 without details otherwise."""
    scheme, _, token = (authorization or "").partition(" ")
    db: Database = request.app.state.db
    caller = caller_for_token(db, token) if scheme.lower() == "bearer" and token else None
    if caller is None:
        raise HTTPException(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]


def build_router(
    db: Database, blobs: BlobStore, throttle: LoginThrottle, views: ViewCounter
) -> APIRouter:
    """The API routes bound to one database and media folder."""
    router = APIRouter(prefix="/api/v1")

    @router.post("/auth/login", summary="Sign in with a password; returns a device token")
    def sign_in(body: LoginRequest) -> dict[str, Any]:
        key = body.username.casefold()
        wait = throttle.wait_seconds(key)
        if wait > 0:
            raise HTTPException(
                429,
                "too many failed sign-ins: wait and try again",
                headers={"Retry-After": str(int(wait) + 1)},
            )
        found = login(db, body.username, body.password, body.device)
        if found is None:
            throttle.failed(key)
            raise HTTPException(401, "unauthorized")
        throttle.succeeded(key)
        token, caller = found
        return {"token": token, "user": _user_json(caller)}

    @router.get("/me", summary="The signed-in user")
    def me(caller: CallerDep) -> dict[str, Any]:
        return _user_json(caller)

    @router.get("/changes", summary="Records changed after a cursor, oldest first")
    def get_changes(
        caller: CallerDep,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
    ) -> Any:
        return Response(changes_bytes(db, since, limit), media_type="application/json")

    @router.post("/push", summary="Apply a batch of ops; each is idempotent by op_id")
    def post_push(body: PushRequest, caller: CallerDep) -> Response:
        ops = [Op.from_json(raw) for raw in body.ops]
        return _json({"results": [r.to_json() for r in push(db, caller, ops)]})

    @router.post(
        "/articles/{article_id}/transition", summary="A workflow action (compare-and-swap)"
    )
    def post_transition(article_id: str, body: TransitionRequest, caller: CallerDep) -> Any:
        return transition(
            db, caller, article_id, body.action, body.expected_state, body.note, body.scheduled_at
        )

    @router.get("/conflicts", summary="Edits held for a person to resolve, with both versions")
    def get_conflicts(caller: CallerDep, include_resolved: bool = False) -> Any:
        with db.reading() as session:
            query = select(ConflictRow).order_by(ConflictRow.created_at)
            if not include_resolved:
                query = query.where(ConflictRow.resolved.is_(False))
            return [_conflict_json(row) for row in session.execute(query).scalars()]

    @router.post("/conflicts/{conflict_id}/resolve", summary="Mark a conflict resolved")
    def resolve(conflict_id: str, caller: CallerDep) -> Any:
        with db.writing() as session:
            row = session.get(ConflictRow, conflict_id)
            if row is None:
                raise NotFoundError("no such conflict")
            row.resolved = True
            session.flush()
            still_open = session.execute(
                select(ConflictRow.id).where(
                    ConflictRow.record_id == row.record_id, ConflictRow.resolved.is_(False)
                )
            ).first()
            article = session.get(ArticleRow, row.record_id)
            if article is not None and still_open is None and article.conflicted:
                article.conflicted = False
                article.rev += 1
                store_record(session, article, "article", caller.id, deleted=article.deleted)
            return {"id": conflict_id, "resolved": True}

    @router.get("/blobs/{sha256}", summary="How much of a photo upload the server has")
    def blob_state(sha256: str, caller: CallerDep) -> Any:
        state = blobs.state(sha256)
        return {"sha256": state.sha256, "received": state.received, "complete": state.complete}

    @router.put("/blobs/{sha256}", summary="Upload a chunk of a photo at an offset")
    async def blob_chunk(
        sha256: str,
        request: Request,
        caller: CallerDep,
        offset: Annotated[int, Query(ge=0)],
        total: Annotated[int, Query(ge=1)],
    ) -> Any:
        BlobStore.check_digest(sha256)
        if total > blobs.max_bytes:
            raise UploadTooLarge(f"a photo may have at most {blobs.max_bytes} bytes")
        chunk = bytearray()
        async for part in request.stream():
            chunk.extend(part)
            if len(chunk) > total:
                raise UploadTooLarge("the chunk goes past the announced size")
        state = blobs.receive(sha256, offset, total, bytes(chunk))
        return {"sha256": state.sha256, "received": state.received, "complete": state.complete}

    @router.get("/views", summary="View counts: all published, or those moved after a version")
    def view_counts(caller: CallerDep, since: Annotated[int | None, Query(ge=0)] = None) -> Any:
        if since is not None:  # {"version": N, "counts": {id: count}}, stored counts only
            return _json(counts_since(db, since).to_json())
        with db.reading() as session:
            rows = session.execute(
                select(ArticleRow.id, ArticleRow.view_count).where(ArticleRow.status == "published")
            )
            counts = {row.id: row.view_count for row in rows}
        for article_id, pending in views.pending_all().items():
            if article_id in counts:
                counts[article_id] += pending
        return counts

    return router


def _json(value: Any) -> Response:
    """A JSON answer encoded once by the standard library (large pages skip FastAPI's encoder)."""
    return Response(
        json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        media_type="application/json",
    )


def _user_json(caller: Caller) -> dict[str, Any]:
    return {
        "id": caller.id,
        "username": caller.username,
        "name": caller.name,
        "roles": sorted(r.value for r in caller.roles),
        "desk_id": caller.desk_id,
    }


def _conflict_json(row: ConflictRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "entity": row.entity,
        "record_id": row.record_id,
        "op_id": row.op_id,
        "user_id": row.user_id,
        "base_rev": row.base_rev,
        "server_rev": row.server_rev,
        "reason": row.reason,
        "base": row.base_fields,
        "server": row.server_fields,
        "client": row.client_fields,
        "resolved": row.resolved,
        "created_at": row.created_at.isoformat(),
    }
