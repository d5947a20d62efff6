"""Users, passwords (argon2), device tokens (only their sha256 stored) and slowing repeated failures."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from meja_redaksi.domain.entities import Person, new_id
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.portal.db import Database, now, record_change
from meja_redaksi.portal.models import DeviceTokenRow, UserRow

_HASHER = PasswordHasher()
# Burned on unknown user names so that they cost as much time as wrong passwords.
_DUMMY_HASH = _HASHER.hash("not a password")


def configure_password_hashing(time_cost: int, memory_cost_kib: int) -> None:
    """Change the argon2 cost of new password hashes (tests and benchmarks lower it; hashes keep
    their own parameters, so existing ones still verify)."""
    global _HASHER, _DUMMY_HASH
    _HASHER = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=1)
    _DUMMY_HASH = _HASHER.hash("not a password")


@dataclass(frozen=True, slots=True)
class Caller:
    """The signed-in user behind a request."""

    id: str
    username: str
    name: str
    roles: frozenset[Role]
    desk_id: str | None


def token_hash(token: str) -> str:
    """The stored form of a device token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def person_fields(row: UserRow) -> dict[str, object]:
    """A user as the change log hands it out (never the password hash)."""
    return {
        "username": row.username,
        "name": row.name,
        "code": row.code,
        "roles": sorted(row.roles.split(",")),
        "desk_id": row.desk_id,
        "active": row.active,
    }


def add_user(
    db: Database,
    username: str,
    name: str,
    roles: list[str],
    password: str,
    *,
    desk_id: str | None = None,
    code: str = "",
) -> Caller:
    """Create a user; raise :class:`UserError` for a taken name, a bad role or a short password."""
    person = Person(
        username=username, name=name, roles=frozenset(Role(r) for r in roles), code=code
    )
    if len(password) < 8:
        raise UserError("a password needs at least 8 characters")
    with db.writing() as session:
        taken = session.execute(
            select(UserRow).where(UserRow.username == username)
        ).scalar_one_or_none()
        if taken is not None and taken.password_hash:
            raise UserError(f"user '{username}' already exists")
        if taken is not None:  # a person pushed by a device gets its account
            taken.password_hash = _HASHER.hash(password)
            taken.roles = ",".join(sorted(r.value for r in person.roles))
            taken.name, taken.active, taken.rev = person.name, True, taken.rev + 1
            taken.code = code or taken.code
            taken.desk_id = desk_id or taken.desk_id
            session.flush()
            record_change(session, "person", taken.id, taken.rev, person_fields(taken))
            return _caller(taken)
        row = UserRow(
            id=new_id(),
            username=person.username,
            name=person.name,
            code=person.code,
            roles=",".join(sorted(r.value for r in person.roles)),
            desk_id=desk_id,
            active=True,
            password_hash=_HASHER.hash(password),
            rev=1,
        )
        session.add(row)
        session.flush()
        record_change(session, "person", row.id, 1, person_fields(row))
        return _caller(row)


def _caller(row: UserRow) -> Caller:
    return Caller(
        id=row.id,
        username=row.username,
        name=row.name,
        roles=frozenset(Role(r) for r in row.roles.split(",") if r),
        desk_id=row.desk_id,
    )


class LoginThrottle:
    """Counts failed sign-ins per user name and refuses more tries for a while after too many."""

    def __init__(self, max_failures: int = 5, lockout_seconds: float = 30.0) -> None:
        self.max_failures = max_failures
        self.lockout_seconds = lockout_seconds
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, key: str) -> float:
        """Seconds before ``key`` may try again (0 when it may try now)."""
        with self._lock:
            count, last = self._failures.get(key, (0, 0.0))
        if count < self.max_failures:
            return 0.0
        lockout = self.lockout_seconds * float(2 ** min(count - self.max_failures, 6))
        return max(0.0, last + lockout - time.monotonic())

    def failed(self, key: str) -> None:
        """Note one failed try."""
        with self._lock:
            count, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (count + 1, time.monotonic())

    def succeeded(self, key: str) -> None:
        """Forget the failures of ``key``."""
        with self._lock:
            self._failures.pop(key, None)


def login(db: Database, username: str, password: str, device: str) -> tuple[str, Caller] | None:
    """Check a password; on success return a new device token (shown once) and the user."""
    with db.reading() as session:
        row = session.execute(
            select(UserRow).where(UserRow.username == username)
        ).scalar_one_or_none()
    try:
        _HASHER.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    token = secrets.token_urlsafe(32)
    with db.writing() as session:
        session.add(
            DeviceTokenRow(
                token_hash=token_hash(token), user_id=row.id, device=device[:100], created_at=now()
            )
        )
    return token, _caller(row)


def caller_for_token(db: Database, token: str) -> Caller | None:
    """The active user a device token belongs to, or None."""
    with db.reading() as session:
        found = session.execute(
            select(UserRow)
            .join(DeviceTokenRow, DeviceTokenRow.user_id == UserRow.id)
            .where(DeviceTokenRow.token_hash == token_hash(token))
        ).scalar_one_or_none()
    if found is None or not found.active:
        return None
    return _caller(found)
