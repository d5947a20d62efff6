"""Photo widgets: caption panel, batch template and find/replace dialogs, ingest progress, photo strip.

The names are loaded on first use (PEP 562): the main window imports ``window_actions`` from here
before its first paint, and the ingest side brings Pillow and the photo pipeline with it
(~170 ms of start-up on this machine when imported eagerly).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meja_redaksi.gui.photos.caption_panel import CaptionPanel
    from meja_redaksi.gui.photos.find_replace_dialog import FindReplaceDialog
    from meja_redaksi.gui.photos.ingest_progress import IngestProgressWidget, IngestWorker
    from meja_redaksi.gui.photos.photo_strip import PhotoStrip
    from meja_redaksi.gui.photos.template_dialog import BatchTemplateDialog

_MODULES = {
    "BatchTemplateDialog": "template_dialog",
    "CaptionPanel": "caption_panel",
    "FindReplaceDialog": "find_replace_dialog",
    "IngestProgressWidget": "ingest_progress",
    "IngestWorker": "ingest_progress",
    "PhotoStrip": "photo_strip",
}

__all__ = [
    "BatchTemplateDialog",
    "CaptionPanel",
    "FindReplaceDialog",
    "IngestProgressWidget",
    "IngestWorker",
    "PhotoStrip",
]


def __getattr__(name: str) -> Any:
    """Import the widget module of ``name`` when it is first asked for."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
