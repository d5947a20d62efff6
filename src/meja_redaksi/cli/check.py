"""``meja-redaksi check FILE|ID``: spelling and style hints for Indonesian copy.

Hints are not errors: the command exits 0 when it could check the text, 1 on bad input (a missing,
binary or non-UTF-8 file, an unknown article id).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import CommandFailed, add_common_options, print_json


def register(subparsers: Any) -> None:
    """Add the ``check`` command."""
    parser = subparsers.add_parser(
        "check",
        help="spelling and style hints for Indonesian copy",
        description="Print spelling and style hints as LINE:COL rule: message -> suggestion.",
    )
    parser.add_argument(
        "target", nargs="?", metavar="FILE|ID", help="a text/Markdown file or an id"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per hint")
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=argparse.SUPPRESS,
        help="language of the messages (default: the app's setting, else LANG, else id)",
    )
    parser.add_argument(
        "--add-word",
        action="append",
        default=[],
        metavar="WORD",
        help="add WORD to the store's newsroom dictionary (repeatable)",
    )
    add_common_options(parser)
    parser.set_defaults(func=run_check)


def newsroom_path(store: Path | None) -> Path | None:
    """The newsroom dictionary file that sits beside the store file (None without a store)."""
    from meja_redaksi.checking.newsroom_file import NEWSROOM_FILE

    return None if store is None else store.parent / NEWSROOM_FILE


def message_language(explicit: str | None) -> str:
    """The language of the hint messages: ``--lang``, else the desktop app's language setting (once
    the app has saved its settings), else ``LC_ALL``/``LC_MESSAGES``/``LANG``, else Indonesian."""
    from meja_redaksi.checking.messages import language_from_environment, language_or_default
    from meja_redaksi.settings import Settings

    if explicit:
        return language_or_default(explicit)
    settings = Settings()
    if settings.path.exists():
        return language_or_default(str(settings.get("language")))
    return language_from_environment() or "id"


def _looks_like_id(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _article_text(article_id: str, args: argparse.Namespace) -> tuple[str, Path]:
    """The article's text from the store, and the store file's path."""
    import os

    from meja_redaksi.checking.engine import article_text
    from meja_redaksi.services import default_store_path, open_services

    store_path: Path | None = getattr(args, "store", None)
    if store_path is None:
        env_path = os.environ.get("MEJA_REDAKSI_STORE")
        store_path = Path(env_path) if env_path else default_store_path()
    with open_services(store_path) as services:
        article = services.store.articles.get(article_id)
    return article_text(article), store_path


def run_check(args: argparse.Namespace) -> int:
    """Check a file or an article and print its hints."""
    from meja_redaksi.checking.documents import prepare_document
    from meja_redaksi.checking.engine import CopyChecker
    from meja_redaksi.render.sources import read_text_file

    store: Path | None = getattr(args, "store", None)
    target: str | None = args.target
    if target is None and not args.add_word:
        raise CommandFailed("name a FILE or an article ID to check", exit_code=2)
    if args.add_word and store is None:
        raise CommandFailed(
            "--add-word needs --store: the newsroom dictionary lives beside the store"
        )
    checker = CopyChecker(newsroom_path(store))
    for word in args.add_word:
        checker.add_word(word)
    if target is None:
        return 0
    path = Path(target)
    if not path.exists() and _looks_like_id(target):
        text, store_path = _article_text(target, args)
        if store is None:
            checker = CopyChecker(newsroom_path(store_path))
        hints = checker.check_text(text, headline_index=0, suggest=True)
    else:
        document = prepare_document(read_text_file(path))
        hints = checker.check_lines(
            document.lines, headline_index=document.headline_index, suggest=True
        )
    if checker.notice:
        print(f"meja-redaksi: {checker.notice}", file=sys.stderr)
    language = message_language(getattr(args, "lang", None))
    for hint in hints:
        if args.json:
            print_json(hint.as_json(language))
        else:
            print(hint.format_line(language))
    return 0
