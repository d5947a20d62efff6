"""hunspell-id for one copy checker alone.

``enchant.Dict("id_ID")`` asks pyenchant's one global broker, and enchant hands every caller of a broker
the same dictionary object: the editors' checker (GUI thread) and the review queue's (a worker) would
share one hunspell instance across threads, which crashed (a segfault in ``dict_check``). Each checker
of the window therefore opens its dictionary through a broker of its own; opening is serialized.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from meja_redaksi.checking import CopyChecker
from meja_redaksi.checking.spelling import LANGUAGE, SpellingDictionary

_opening = threading.Lock()


def private_dictionary() -> SpellingDictionary | None:
    """hunspell-id through a new enchant broker (None when enchant or the dictionary is missing)."""
    with _opening:
        try:
            import enchant
        except ImportError:
            return None
        try:
            broker: Any = enchant.Broker()
            if not broker.dict_exists(LANGUAGE):
                return None
            dictionary: SpellingDictionary = broker.request_dict(LANGUAGE)
            return dictionary
        except enchant.errors.Error:
            return None


def private_checker(newsroom: Path) -> CopyChecker:
    """A copy checker with its own hunspell instance and the newsroom dictionary ``newsroom``."""
    return CopyChecker(newsroom, dictionary_opener=private_dictionary)
