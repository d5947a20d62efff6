"""The desktop's HTTP client of the portal's sync API (httpx), and the device token kept on disk.

The token is written to a file only its user can read (mode 0600) and is never logged or put in an
error message. Network failures become :class:`PortalUnreachable`; the caller keeps its outbox and tries
again later, and because every op carries its id a retry is never applied twice.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx

from meja_redaksi.domain.errors import UserError
from meja_redaksi.sync.protocol import ChangesPage, Op, OpResult, ViewCounts

CHUNK_BYTES = 1024 * 1024


class PortalUnreachable(UserError):
    """The portal did not answer (offline, dropped connection, timeout): try again later."""


class PortalRefused(UserError):
    """The portal answered with an error the user can act on (wrong password, forbidden, bad input)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class CursorTooOld(PortalRefused):
    """The pull cursor is older than the portal's kept history: a full resync is needed."""


def save_token(path: Path, token: str) -> None:
    """Write the device token to ``path``, readable only by its owner."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token)
    path.chmod(0o600)


def load_token(path: Path) -> str | None:
    """The saved device token, or None when there is none."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return token or None


class PortalClient:
    """Calls the portal's ``/api/v1`` with a device token."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.requests = 0
        self._http = httpx.Client(base_url=self.base_url + "/api/v1", timeout=timeout)

    def __repr__(self) -> str:  # never show the token
        return f"PortalClient({self.base_url!r})"

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        self.requests += 1
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            raise PortalUnreachable(
                f"the portal did not answer ({exc.__class__.__name__})"
            ) from None
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail", "")
            except ValueError:
                detail = ""
            message = detail if isinstance(detail, str) and detail else response.reason_phrase
            error = CursorTooOld if response.status_code == 410 else PortalRefused
            raise error(response.status_code, f"portal: {message} (HTTP {response.status_code})")
        return response.json()

    def login(self, username: str, password: str, device: str = "desktop") -> dict[str, Any]:
        """Sign in with a password; keep and return the new token and user."""
        answer = self._call(
            "POST",
            "/auth/login",
            json={"username": username, "password": password, "device": device},
        )
        self.token = str(answer["token"])
        return dict(answer)

    def me(self) -> dict[str, Any]:
        """The signed-in user."""
        return dict(self._call("GET", "/me"))

    def changes(self, since: int, limit: int = 1000) -> ChangesPage:
        """One page of the change log after ``since``."""
        return ChangesPage.from_json(
            self._call("GET", "/changes", params={"since": since, "limit": limit})
        )

    def view_counts(self, since: int) -> ViewCounts:
        """The view counts the portal's batch writes moved after views version ``since`` (0: all)."""
        return ViewCounts.from_json(self._call("GET", "/views", params={"since": since}))

    def push(self, ops: list[Op]) -> list[OpResult]:
        """Send a batch of ops; return the server's answer to each."""
        answer = self._call("POST", "/push", json={"ops": [op.to_json() for op in ops]})
        return [OpResult.from_json(r) for r in answer["results"]]

    def transition(
        self,
        article_id: str,
        action: str,
        expected_state: str,
        note: str = "",
        scheduled_at: str | None = None,
    ) -> dict[str, Any]:
        """Ask the portal to move an article (refused if it is no longer in ``expected_state``);
        a schedule move carries its time (ISO 8601 with zone)."""
        body: dict[str, Any] = {"action": action, "expected_state": expected_state, "note": note}
        if scheduled_at is not None:
            body["scheduled_at"] = scheduled_at
        return dict(self._call("POST", f"/articles/{article_id}/transition", json=body))

    def conflicts(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        """The conflicts the portal holds."""
        return list(self._call("GET", "/conflicts", params={"include_resolved": include_resolved}))

    def resolve_conflict(self, conflict_id: str) -> None:
        """Mark a conflict resolved after its resolution was pushed."""
        self._call("POST", f"/conflicts/{conflict_id}/resolve")

    def upload_photo(self, sha256: str, data: bytes) -> None:
        """Upload a photo file, resuming after whatever the portal already has."""
        state = self._call("GET", f"/blobs/{sha256}")
        offset = 0 if state["complete"] else int(state["received"])
        while not state["complete"]:
            chunk = data[offset : offset + CHUNK_BYTES]
            state = self._call(
                "PUT",
                f"/blobs/{sha256}",
                params={"offset": offset, "total": len(data)},
                content=chunk,
            )
            offset = int(state["received"])
