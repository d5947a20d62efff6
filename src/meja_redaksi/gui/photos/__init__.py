"""Photo widgets: caption panel, batch template and find/replace dialogs, ingest progress, photo strip."""

from meja_redaksi.gui.photos.caption_panel import CaptionPanel
from meja_redaksi.gui.photos.find_replace_dialog import FindReplaceDialog
from meja_redaksi.gui.photos.ingest_progress import IngestProgressWidget, IngestWorker
from meja_redaksi.gui.photos.photo_strip import PhotoStrip
from meja_redaksi.gui.photos.template_dialog import BatchTemplateDialog

__all__ = [
    "BatchTemplateDialog",
    "CaptionPanel",
    "FindReplaceDialog",
    "IngestProgressWidget",
    "IngestWorker",
    "PhotoStrip",
]
