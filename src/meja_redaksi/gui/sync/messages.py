"""Sync failures, records kept on this device and conflict reasons, worded in the UI language.

The sync layer words its errors in English for the command line and logs. The window maps their
classes, HTTP statuses and known reason patterns to translated texts (context "SyncMessages"); the
portal's own words appear only as a secondary "Detail:" line where they help.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.domain.errors import NotFoundError
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.workflow.labels import role_label
from meja_redaksi.sync.client import PortalRefused, PortalUnreachable
from meja_redaksi.sync.engine import HeldRecord, MassDeletionRefused
from meja_redaksi.sync.protocol import PUSH_ROLES
from meja_redaksi.sync.service import NotSignedIn

OFFLINE = "offline"
NOT_SIGNED_IN = "not_signed_in"
REFUSED = "refused"
MASS_DELETION = "mass_deletion"
OTHER = "other"
_PORTAL_DETAIL = re.compile(r"^portal: (?P<detail>.*) \(HTTP \d+\)$", re.DOTALL)
_BOTH_SIDES = re.compile(r"^changed on both sides: (?P<fields>.+)$")
_WORKFLOW = re.compile(r"^workflow move refused: (?P<why>.*)$", re.DOTALL)
_NO_PATH = re.compile(r"^no workflow path from '(?P<state>\w+)'$")
_LOCKED = re.compile(r"^role [\w, ]+ may not change an article in '(?P<state>\w+)'$")
_UNDELETABLE = re.compile(r"^an article in '(?P<state>\w+)' cannot be deleted")
_NAMES_MISSING = re.compile(r"^the article names (?P<entity>desk|person) \S+ \(\w+\), which is not")
_STATES = frozenset(s.value for s in ArticleStatus)
# Roles in the order people name them ("a desk chief or an admin").
_ROLE_ORDER = (Role.REPORTER, Role.PHOTOGRAPHER, Role.EDITOR, Role.DESK_CHIEF, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class SyncFailure:
    """Why a sync or a sign-in failed: the kind, the portal's HTTP status and its own words."""

    kind: str
    status: int = 0
    detail: str = ""


@dataclass(frozen=True, slots=True)
class KeptRecord:
    """A record a sync kept on this device, named for people (looked up on the worker lane)."""

    entity: str
    name: str
    reason: str
    waits_for_entity: str = ""
    waits_for_name: str = ""


def portal_detail(error: PortalRefused) -> str:
    """The portal's own words inside a :class:`PortalRefused` message."""
    found = _PORTAL_DETAIL.match(str(error))
    return found.group("detail") if found else str(error)


def failure_of(error: Exception) -> SyncFailure:
    """The failure an exception of a sync round or a sign-in stands for."""
    if isinstance(error, NotSignedIn):
        return SyncFailure(NOT_SIGNED_IN)
    if isinstance(error, PortalUnreachable):
        return SyncFailure(OFFLINE, detail=str(error))
    if isinstance(error, PortalRefused):
        return SyncFailure(REFUSED, error.status, portal_detail(error))
    if isinstance(error, MassDeletionRefused):
        return SyncFailure(MASS_DELETION, detail=str(error))
    return SyncFailure(OTHER, detail=" ".join(str(error).split()))


def _refused(status: int, signing_in: bool) -> tuple[str, bool]:
    """The sentence for an HTTP refusal, and whether the portal's detail is worth a line."""
    if status == 401:
        if signing_in:
            return QCoreApplication.translate("SyncMessages", "Wrong user name or password."), False
        return QCoreApplication.translate(
            "SyncMessages", "The portal no longer accepts this device's sign-in: sign in again."
        ), False
    if status == 429:
        return QCoreApplication.translate(
            "SyncMessages", "Too many failed sign-ins: wait a minute and try again."
        ), False
    if status >= 500:
        text = QCoreApplication.translate(
            "SyncMessages", "The portal had an internal error (HTTP %1): try again later."
        )
        return text.replace("%1", str(status)), False
    known = {
        403: QCoreApplication.translate("SyncMessages", "Your role may not do this on the portal."),
        404: QCoreApplication.translate(
            "SyncMessages", "The portal does not have this record (any more)."
        ),
        409: QCoreApplication.translate(
            "SyncMessages", "The article was changed on the portal in the meantime."
        ),
        413: QCoreApplication.translate("SyncMessages", "Too large for the portal."),
    }
    other = QCoreApplication.translate("SyncMessages", "The portal refused the request (HTTP %1).")
    return known.get(status, other.replace("%1", str(status))), True


def failure_text(failure: SyncFailure, *, signing_in: bool = False) -> str:
    """The failure in the UI language; the portal's own words, where useful, on a "Detail:" line."""
    detail = ""
    if failure.kind == OFFLINE and signing_in:
        text = QCoreApplication.translate(
            "SyncMessages", "The portal cannot be reached: check its address and the network."
        )
    elif failure.kind == OFFLINE:
        text = QCoreApplication.translate(
            "SyncMessages",
            "The portal cannot be reached (offline?). Your changes stay on this device "
            "and go at the next sync.",
        )
    elif failure.kind == NOT_SIGNED_IN:
        text = QCoreApplication.translate("SyncMessages", "Not signed in to the portal.")
    elif failure.kind == REFUSED:
        text, useful = _refused(failure.status, signing_in)
        detail = failure.detail if useful else ""
    elif failure.kind == MASS_DELETION:
        text = QCoreApplication.translate(
            "SyncMessages",
            "The portal lacks most of the records on this device, so nothing was deleted "
            "here. Is it the right portal?",
        )
    else:
        text = failure.detail
    if detail and detail != text:
        text += "\n" + QCoreApplication.translate("SyncMessages", "Detail: %1").replace(
            "%1", detail
        )
    return text


def one_line(text: str) -> str:
    """A possibly two-line message for the status bar."""
    return " — ".join(part for part in text.splitlines() if part.strip())


def entity_label(entity: str) -> str:
    """A record kind as people call it."""
    labels = {
        "desk": QCoreApplication.translate("SyncMessages", "Desk"),
        "person": QCoreApplication.translate("SyncMessages", "Person"),
        "photo": QCoreApplication.translate("SyncMessages", "Photo"),
        "article": QCoreApplication.translate("SyncMessages", "Article"),
        "word": QCoreApplication.translate("SyncMessages", "Dictionary word"),
    }
    return labels.get(entity, entity)


def _who_may_push(entity: str) -> str:
    roles = [role_label(r) for r in _ROLE_ORDER if r in PUSH_ROLES.get(entity, frozenset())]
    if len(roles) <= 1:
        return "".join(roles)
    joiner = QCoreApplication.translate("SyncMessages", "%1 or %2")
    return joiner.replace("%1", ", ".join(roles[:-1])).replace("%2", roles[-1])


def kept_text(record: KeptRecord) -> str:
    """Why one record stays on this device, in the UI language."""
    if record.reason == "role":
        text = QCoreApplication.translate(
            "SyncMessages", "%1 “%2” stays on this device: only %3 may send it to the portal."
        )
        who = _who_may_push(record.entity).lower()
        return (
            text.replace("%1", entity_label(record.entity))
            .replace("%2", record.name)
            .replace("%3", who)
        )
    text = QCoreApplication.translate(
        "SyncMessages", "%1 “%2” waits: it names %3 “%4”, which cannot go to the portal yet."
    )
    return (
        text.replace("%1", entity_label(record.entity))
        .replace("%2", record.name)
        .replace("%3", entity_label(record.waits_for_entity).lower())
        .replace("%4", record.waits_for_name)
    )


def conflict_reason_text(reason: str, labels: dict[str, str]) -> str:
    """A held conflict's reason in the UI language when it follows a known pattern (else as is);
    ``labels`` names the article fields."""
    if reason == "deleted on one device but changed on the server since":
        return QCoreApplication.translate(
            "SyncMessages", "Deleted on one device but changed on the portal since."
        )
    if reason == "changed on one device but deleted on the server":
        return QCoreApplication.translate(
            "SyncMessages", "Changed on one device but deleted on the portal."
        )
    found = _LOCKED.match(reason) or _UNDELETABLE.match(reason)
    if found and found.group("state") in _STATES:
        state = status_label(ArticleStatus(found.group("state")))
        if found.re is _LOCKED:
            text = QCoreApplication.translate(
                "SyncMessages",
                "Your role may not change an article that is “%1”: an editor has to take it over.",
            )
        else:
            text = QCoreApplication.translate(
                "SyncMessages",
                "An article that is “%1” cannot be deleted: spike or unpublish it instead.",
            )
        return text.replace("%1", state)
    found = _NAMES_MISSING.match(reason)
    if found:
        text = QCoreApplication.translate(
            "SyncMessages",
            "The article names a %1 the portal does not have yet; it goes once that %1 is sent.",
        )
        return text.replace("%1", entity_label(found.group("entity")).lower())
    found = _BOTH_SIDES.match(reason)
    if found:
        names = [labels.get(n.strip(), n.strip()) for n in found.group("fields").split(",")]
        text = QCoreApplication.translate(
            "SyncMessages", "Changed on this device and on the portal at the same place: %1."
        )
        return text.replace("%1", ", ".join(names))
    found = _WORKFLOW.match(reason)
    if found:
        why = found.group("why")
        no_path = _NO_PATH.match(why)
        if no_path and no_path.group("state") in _STATES:
            state = status_label(ArticleStatus(no_path.group("state")))
            text = QCoreApplication.translate(
                "SyncMessages", "The workflow move cannot be made from “%1” on the portal."
            )
            return text.replace("%1", state)
        text = QCoreApplication.translate(
            "SyncMessages",
            "The portal refused the workflow move made on this device; the article shows "
            "the portal's state again.",
        )
        detail = _PORTAL_DETAIL.match(why)
        words = detail.group("detail") if detail else why
        line = QCoreApplication.translate("SyncMessages", "Detail: %1").replace("%1", words)
        return text + "\n" + line
    return reason


def _record_name(store: Any, entity: str, record_id: str) -> str:
    try:
        if entity == "desk":
            return str(store.desks.get(record_id).name)
        if entity == "person":
            return str(store.people.get(record_id).name)
        if entity == "article":
            return str(store.articles.get(record_id).headline) or record_id[:8]
        if entity == "photo":
            photo = store.photos.get(record_id)
            return str(photo.title or photo.original_filename) or record_id[:8]
    except NotFoundError:
        pass
    return record_id[:8] if entity != "word" else record_id


def kept_records(store: Any, held: list[HeldRecord]) -> list[KeptRecord]:
    """The records a sync kept on this device, with their names (worker lane: reads the store)."""
    out: list[KeptRecord] = []
    for record in held:
        name = _record_name(store, record.entity, record.record_id)
        if record.waits_for is None:
            out.append(KeptRecord(record.entity, name, record.reason))
            continue
        entity, record_id = record.waits_for
        other = _record_name(store, entity, record_id)
        out.append(KeptRecord(record.entity, name, record.reason, entity, other))
    return out
