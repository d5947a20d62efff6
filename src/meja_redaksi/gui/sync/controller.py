"""Sync in the main window: the "Synchronize" action, background rounds, sign-in and the status bar.

Every sync round, sign-in and status query runs on the task runner's ``bulk`` lane (its own store
connection), never on the GUI thread. The status bar shows online/offline, pending local changes,
the last sync (Indonesian date and time) and the number of held conflicts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.errors import UserError
from meja_redaksi.gui.app import icon
from meja_redaksi.gui.sync.messages import (
    KeptRecord,
    SyncFailure,
    failure_of,
    failure_text,
    kept_records,
    kept_text,
    one_line,
)
from meja_redaksi.gui.sync.sign_in import SignInDialog
from meja_redaksi.sync.client import PortalRefused, PortalUnreachable
from meja_redaksi.sync.service import (
    DEFAULT_PORTAL,
    PORTAL_KEY,
    NotSignedIn,
    SyncStatus,
    kept_on_device,
    sign_in,
    sync_once,
    sync_status,
)

STATUS_REFRESH_MS = 15000
AFTER_SAVE_MS = 400
FIRST_SYNC_MS = 2000
SYNC_LANE = "bulk"


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """A sync round as the GUI needs it: reachable or not, signed in or not, the new status."""

    online: bool | None
    signed_in: bool
    pulled: int
    error: str
    status: SyncStatus
    thread: str
    held: tuple[str, ...] = ()
    failure: SyncFailure | None = None
    kept: tuple[KeptRecord, ...] = ()


def run_sync(store: Any, portal_url: str | None) -> SyncOutcome:
    """One sync round on a worker lane; a network or sign-in failure becomes part of the outcome."""
    online: bool | None = True
    signed_in, pulled, error = True, 0, ""
    held: tuple[str, ...] = ()
    kept: tuple[KeptRecord, ...] = ()
    failure: SyncFailure | None = None
    try:
        report, _skipped = sync_once(store, portal_url or None)
        # View counts the portal sent down change the list's views column as much as pulled records.
        pulled, held = report.pulled + report.views, tuple(report.held)
        kept = tuple(kept_records(store, report.held_records))
    except NotSignedIn as exc:
        online, signed_in, error, failure = None, False, str(exc), failure_of(exc)
    except PortalUnreachable as exc:
        online, error, failure = False, str(exc), failure_of(exc)
    except PortalRefused as exc:
        signed_in = exc.status != 401
        error, failure = str(exc), failure_of(exc)
    except UserError as exc:
        error, failure = str(exc), failure_of(exc)
    thread = threading.current_thread().name
    status = sync_status(store)
    return SyncOutcome(online, signed_in, pulled, error, status, thread, held, failure, kept)


def local_time(iso: str | None) -> str:
    """``2026-11-28T06:10:00+00:00`` -> ``Sabtu, 28 November 2026 13.10`` in this machine's zone."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone()
    return f"{format_long_date(moment)} {moment:%H.%M}"


class SyncController(QObject):
    """The sync action, the background timer, the sign-in dialog and the status-bar label."""

    status_changed = Signal(object)
    finished = Signal(object)
    sign_in_failed = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("syncController")
        self.window = window
        self.runner = window.runner  # type: ignore[attr-defined]
        self.settings = window.settings  # type: ignore[attr-defined]
        self.status: SyncStatus | None = None
        self.online: bool | None = None
        self.signed_in = True
        self.running = False
        self._asked = False
        self.failure: SyncFailure | None = None
        self.kept: tuple[KeptRecord, ...] = ()
        self.label = QLabel()
        self.label.setObjectName("syncStatusLabel")
        window.ui.statusBar.addPermanentWidget(self.label)  # type: ignore[attr-defined]
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("actionSync")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        self.sync_action.setIcon(icon("fa5s.sync-alt"))
        self.sign_in_action = QAction(self)
        self.sign_in_action.setObjectName("actionPortalSignIn")
        self.sign_in_action.triggered.connect(self.ask_sign_in)
        ui = window.ui  # type: ignore[attr-defined]
        ui.menuFile.insertAction(ui.actionQuit, self.sync_action)
        ui.menuFile.insertAction(ui.actionQuit, self.sign_in_action)
        ui.menuFile.insertSeparator(ui.actionQuit)
        ui.mainToolBar.addAction(self.sync_action)
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self._on_sync_timer_timeout)
        self._interval_ms = 0
        self._portal_user = ""  # signed in to the portal; the window's user once the round is done
        self.status_timer = QTimer(self, interval=STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self._after_save = QTimer(self, singleShot=True, interval=AFTER_SAVE_MS)
        self._after_save.timeout.connect(self.refresh_status)
        ui.editorTabs.currentChanged.connect(lambda _i: self._watch_editors())
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.sync_action.setText(self.tr("Synchronize"))
        self.sync_action.setToolTip(self.tr("Send local changes to the portal and fetch new ones"))
        self.sign_in_action.setText(self.tr("Sign in to the portal…"))
        self._show()

    def start(self, interval_minutes: int | None = None) -> None:
        """Begin the background rounds (every ``sync_interval_minutes``) and the status refresh."""
        minutes = int(self.settings.get("sync_interval_minutes"))
        minutes = minutes if interval_minutes is None else interval_minutes
        self.status_timer.start()
        self.refresh_status()
        if minutes > 0:
            # The first round soon after start, then every interval; stopping the timer stops both.
            self._interval_ms = minutes * 60_000
            self.sync_timer.start(FIRST_SYNC_MS)

    def _on_sync_timer_timeout(self) -> None:
        self.sync_timer.setInterval(self._interval_ms)
        self.sync_now()

    def _watch_editors(self) -> None:
        """Refresh the pending count shortly after any open editor saves or adds a dictionary word."""
        from meja_redaksi.gui.checking.editor_checks import SharedChecker

        for editor in getattr(self.window, "editors", {}).values():
            if not editor.property("syncWatched"):
                editor.setProperty("syncWatched", True)
                editor.saved.connect(lambda _article: self._after_save.start())
        for shared in self.window.findChildren(SharedChecker):
            if not shared.property("syncWatched"):
                shared.setProperty("syncWatched", True)
                shared.word_added.connect(lambda _word: self._after_save.start())

    def portal_url(self) -> str:
        """The portal address from the settings ('' = the store's own)."""
        return str(self.settings.get("portal_url"))

    # --- jobs -------------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Query pending changes and conflicts off the GUI thread."""
        self.runner.submit(
            lambda store, _t: (sync_status(store), kept_records(store, kept_on_device(store))),
            lane=SYNC_LANE,
            key="sync-status",
            on_done=self._status_and_kept_loaded,
        )

    def _on_sync_action_triggered(self) -> None:
        self.sync_now(asked=True)

    def sync_now(self, asked: bool = False) -> None:
        """Start a sync round unless one is running; ``asked`` when the person chose it (not the timer)."""
        if self.running:
            return
        self.running = True
        self._asked = asked
        self._show()
        url = self.portal_url()
        self.runner.submit(
            lambda store, _t: run_sync(store, url),
            lane=SYNC_LANE,
            on_done=self._synced,
            on_error=self._failed,
        )

    def ask_sign_in(self) -> SignInDialog:
        """Open the sign-in dialog; it stays open, showing why, until a sign-in succeeds or the
        person cancels (nothing typed is lost)."""
        url = self.portal_url() or (self.status.portal if self.status else None) or DEFAULT_PORTAL
        dialog = SignInDialog(url, str(self.settings.get("user")), self.window)
        dialog.sign_in_requested.connect(
            lambda u, name, password: self.sign_in_with(u, name, password, dialog)
        )
        dialog.open()  # kept (a child of the window): a sign-in still running may answer to it
        return dialog

    def sign_in_with(
        self, url: str, username: str, password: str, dialog: SignInDialog | None = None
    ) -> None:
        """Get a device token for this store (kept beside it, 0600), then sync; a failure is
        shown in ``dialog`` when given (else in the status bar)."""

        def job(store: Any, _task: Any) -> SyncFailure | None:
            try:
                sign_in(store, url, username, password)
            except UserError as exc:
                return failure_of(exc)
            store.sync_state.set(PORTAL_KEY, url)
            return None

        def done(failure: SyncFailure | None) -> None:
            shown = dialog is not None and dialog.isVisible()  # not cancelled meanwhile
            if failure is not None:
                text = failure_text(failure, signing_in=True)
                if dialog is not None and shown:
                    dialog.show_error(text)
                else:
                    self.show_message(one_line(text))
                self.sign_in_failed.emit(text)
                return
            if dialog is not None and shown:
                dialog.accept()
            self.settings.set("portal_url", url)
            self.signed_in = True
            self.show_message(self.tr("Signed in to the portal as %1").replace("%1", username))
            self._portal_user = username
            self.sync_now()

        self.runner.submit(job, lane=SYNC_LANE, on_done=done, on_error=self.show_message)

    # --- results ----------------------------------------------------------------------------------
    def _status_and_kept_loaded(self, result: tuple[SyncStatus, list[KeptRecord]]) -> None:
        status, kept = result
        self.kept = tuple(kept)
        self._status_loaded(status)

    def _status_loaded(self, status: SyncStatus) -> None:
        self.status = status
        self._show()
        self.status_changed.emit(status)

    def _synced(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.online = outcome.online
        self.signed_in = outcome.signed_in
        self.failure = outcome.failure
        self.kept = outcome.kept
        if outcome.online is None and not outcome.signed_in:
            # Never signed in: the status label says so; a background round stays quiet, and
            # choosing Synchronize asks for the sign-in instead of reporting a failure.
            if self._asked:
                QTimer.singleShot(0, self.ask_sign_in)
        elif outcome.failure is not None:
            text = one_line(failure_text(outcome.failure))
            self.show_message(self.tr("Sync failed: %1").replace("%1", text))
        elif outcome.kept:  # e.g. a desk this user's role may not send, and articles naming it
            more = f" (+{len(outcome.kept) - 1})" if len(outcome.kept) > 1 else ""
            self.show_message(kept_text(outcome.kept[0]) + more)
        self._status_loaded(outcome.status)
        if self._portal_user and outcome.failure is None and outcome.signed_in:
            # Who signed in to the portal works at this desk from now on (their person record came
            # with this first round), so the window's user and "My tasks" follow the sign-in.
            user, self._portal_user = self._portal_user, ""
            if user != self.settings.get("user") and hasattr(self.window, "sign_in_as"):
                self.window.sign_in_as(user)
        if outcome.pulled:
            self.window.refresh_all()  # type: ignore[attr-defined]
        self._reload_dictionaries()
        self.finished.emit(outcome)

    def _reload_dictionaries(self) -> None:
        """The round may have merged the portal's words into the newsroom dictionary file: the open
        copy checkers read it again (nothing happens when the file did not change)."""
        from meja_redaksi.gui.checking.editor_checks import SharedChecker

        for shared in self.window.findChildren(SharedChecker):
            shared.reload_if_changed()

    def _failed(self, message: str) -> None:
        self.running = False
        self.show_message(self.tr("Sync failed: %1").replace("%1", message))
        self._show()

    def show_message(self, text: str) -> None:
        """A passing message in the status bar."""
        self.window.show_message(text)  # type: ignore[attr-defined]

    def _show(self) -> None:
        parts: list[str] = []
        if self.running:
            parts.append(self.tr("Synchronizing…"))
        elif not self.signed_in:
            parts.append(self.tr("Not signed in to the portal"))
        elif self.online is None:
            if self.status is None or not self.status.last_sync:  # else "last sync ..." says it
                parts.append(self.tr("Not synced yet"))
        else:
            parts.append(self.tr("Online") if self.online else self.tr("Offline"))
        status = self.status
        if status is not None:
            kept = min(len(self.kept), status.pending)
            parts.append(self.tr("%n pending change(s)", "", status.pending - kept))
            if kept:
                parts.append(self.tr("%n kept on this device", "", kept))
            if status.last_sync:
                parts.append(self.tr("last sync %1").replace("%1", local_time(status.last_sync)))
            if status.conflicts:
                parts.append(self.tr("%n conflict(s)", "", status.conflicts))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(self._details())
        colour = "#b00020" if status is not None and status.conflicts else ""
        if not colour and self.kept:
            colour = "#8a5300"
        self.label.setStyleSheet(f"color: {colour};" if colour else "")

    def _details(self) -> str:
        """The status label's tooltip: why the last sync failed, and what stays on this device."""
        lines: list[str] = []
        if self.failure is not None and not self.running:
            lines.append(failure_text(self.failure))
        if self.kept:
            lines.append(self.tr("Kept on this device:"))
            lines += [kept_text(record) for record in self.kept]
        return "\n".join(lines)
