"""The desk chief's review queue: submitted and in-edit copy, keyboard-driven, with a diff."""

from meja_redaksi.gui.queue.model import QueueModel
from meja_redaksi.gui.queue.panel import ReviewQueuePanel

__all__ = ["QueueModel", "ReviewQueuePanel"]
