"""Composition root without Qt or SQLAlchemy: opens the store and builds what the CLI and the GUI share."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from meja_redaksi.store import Store

STORE_FILE_NAME = "store.sqlite3"
APP_NAME = "meja-redaksi"


def default_store_path() -> Path:
    """The store file in the user's data folder (platformdirs), e.g. ~/.local/share/meja-redaksi/.

    With ``MEJA_REDAKSI_NO_USER_DIRS`` set (the test suite sets it) the user's folders are never
    touched: the default store lives in the system's temporary folder instead.
    """
    if os.environ.get("MEJA_REDAKSI_NO_USER_DIRS"):
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-no-user-dirs" / STORE_FILE_NAME
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / STORE_FILE_NAME


@dataclass
class Services:
    """Everything the command line and the desktop app use, built once around one open store."""

    store: Store

    def close(self) -> None:
        """Close the store (and whatever else holds resources)."""
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_services(path: Path | None = None) -> Services:
    """Open the store at ``path`` (default: :func:`default_store_path`) and build the services.

    ``MEJA_REDAKSI_STORE`` in the environment names the default store when no path is given.
    """
    if path is None:
        env_path = os.environ.get("MEJA_REDAKSI_STORE")
        path = Path(env_path) if env_path else default_store_path()
    return Services(store=Store.open(path))
