"""The desktop app's settings, declared once with type, default and description, stored as JSON.

Plain Python (no Qt): the GUI reads and writes values through :class:`Settings`; the file lives in the
user config folder (``MEJA_REDAKSI_CONFIG_DIR`` overrides it; with ``MEJA_REDAKSI_NO_USER_DIRS`` set it is
a folder under the system's temporary folder).
A damaged or foreign settings file never stops the app: unknown keys are ignored and bad values fall back
to their defaults.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One declared setting: its key, Python type, default value and what it is for."""

    key: str
    type: type
    default: Any
    description: str


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("language", str, "id", "user interface language: 'id' or 'en'"),
    SettingSpec("theme", str, "light", "colour palette: 'light' or 'dark'"),
    SettingSpec("user", str, "", "user name of the person working at this desk"),
    SettingSpec("autosave_seconds", int, 3, "idle seconds before an open article is saved"),
    SettingSpec("window_geometry", str, "", "main window geometry (base64, written by the app)"),
    SettingSpec("window_state", str, "", "main window docks and toolbars (base64)"),
    SettingSpec("splitter_sizes", list, [], "widths of the sidebar, list and editor panes"),
    SettingSpec("open_articles", list, [], "ids of the articles open in editor tabs"),
    SettingSpec("current_view", str, "all", "the sidebar view shown last"),
    SettingSpec(
        "portal_url", str, "", "the portal this desk syncs with ('' = the store's last one)"
    ),
    SettingSpec(
        "sync_interval_minutes", int, 5, "minutes between background syncs (0 = only on demand)"
    ),
)
_BY_KEY = {spec.key: spec for spec in SPECS}
LANGUAGES = ("id", "en")
THEMES = ("light", "dark")


def config_dir() -> Path:
    """The folder of the settings file and the crash-recovery journal."""
    override = os.environ.get("MEJA_REDAKSI_CONFIG_DIR")
    if override:
        return Path(override)
    if os.environ.get("MEJA_REDAKSI_NO_USER_DIRS"):  # the test suite never touches user folders
        return Path(tempfile.gettempdir()) / "meja-redaksi-no-user-dirs" / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir("meja-redaksi", appauthor=False))


class Settings:
    """Typed access to the declared settings, persisted as one JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(raw, dict):
            return
        for key, value in raw.items():
            spec = _BY_KEY.get(key)
            if spec is not None and isinstance(value, spec.type):
                self._values[key] = value

    def get(self, key: str) -> Any:
        """The value of ``key`` (its default when unset); an undeclared key is a bug (KeyError)."""
        spec = _BY_KEY[key]
        value = self._values.get(key, spec.default)
        return list(value) if isinstance(value, list) else value

    def set(self, key: str, value: Any) -> None:
        """Set ``key`` (type-checked against its declaration); call :meth:`save` to persist."""
        spec = _BY_KEY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} takes {spec.type.__name__}, not {type(value).__name__}")
        self._values[key] = value

    def save(self) -> None:
        """Write the file atomically (a crash never leaves half a settings file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(self._values, out, ensure_ascii=False, indent=1, sort_keys=True)
        Path(tmp).replace(self.path)
