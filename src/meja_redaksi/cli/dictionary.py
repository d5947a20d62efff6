"""``meja-redaksi dictionary list|add|remove``: the newsroom dictionary beside the store.

Adds and removals change the file (``kamus_redaksi.txt``) as the editor's context menu does; the next
``meja-redaksi sync`` sends them to the portal and brings everyone else's.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import CommandFailed, add_common_options, print_json


def register(subparsers: Any) -> None:
    """Add the ``dictionary`` command and its ``list``, ``add`` and ``remove`` actions."""
    parser = subparsers.add_parser(
        "dictionary",
        help="list, add or remove newsroom dictionary words",
        description="The newsroom dictionary (kamus redaksi) beside the store; shared through sync.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the words of the store's newsroom dictionary")
    listing.add_argument("--json", action="store_true", help="one JSON object per word")
    add_common_options(listing)
    for name in ("add", "remove"):
        action = actions.add_parser(name, help=f"{name} words (each checked: one word per line)")
        action.add_argument("words", nargs="+", metavar="WORD")
        add_common_options(action)
    add_common_options(parser)
    parser.set_defaults(func=run_dictionary)


def _store_path(args: argparse.Namespace) -> Path:
    store: Path | None = getattr(args, "store", None)
    if store is not None:
        return store
    from meja_redaksi.services import default_store_path

    env = os.environ.get("MEJA_REDAKSI_STORE")
    return Path(env) if env else default_store_path()


def _sync_states(store_path: Path) -> dict[str, dict[str, Any]]:
    """Word -> what the last sync agreed on (who added it), when the store exists."""
    if not store_path.exists():
        return {}
    from meja_redaksi.store import Store
    from meja_redaksi.sync.words import NewsroomWords

    with Store.open(store_path) as store:
        words = NewsroomWords(store)
        changes = words.changes()
        states = {w: {"synced": True, "added_by": i.get("by", "")} for w, i in words.base.items()}
        for word, kind in changes.items():
            states[word] = {"synced": False, "change": kind.value}
        for word, message in words.refused.items():
            states[word] = {"synced": False, "refused": message}
    return states


def run_dictionary(args: argparse.Namespace) -> int:
    """List, add or remove words; print one word (or JSON object) per line."""
    from meja_redaksi.checking.newsroom_file import newsroom_file, read_entries
    from meja_redaksi.checking.spelling import NewsroomDictionary
    from meja_redaksi.domain.errors import UserError

    store_path = _store_path(args)
    path = newsroom_file(store_path)
    if args.action == "list":
        states = _sync_states(store_path) if args.json else {}
        for entry in read_entries(path):
            if args.json:
                print_json({"word": entry, **states.get(entry, {"synced": False})})
            else:
                print(entry)
        return 0
    dictionary = NewsroomDictionary(path)
    change = dictionary.add_word if args.action == "add" else dictionary.remove_word
    failed = []
    for word in args.words:
        try:
            print(change(word))
        except UserError as exc:  # the other words still go in
            failed.append(str(exc))
    if failed:
        raise CommandFailed(failed[0] + (f" (+{len(failed) - 1} more)" if len(failed) > 1 else ""))
    return 0
