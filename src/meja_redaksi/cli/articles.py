"""``meja-redaksi import`` and ``export``: portal pages and Markdown in, ninjs/Markdown/HTML out."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` and ``export`` commands."""
    importer = subparsers.add_parser(
        "import",
        help="import portal article pages (plain text) or Markdown files with front matter",
    )
    add_common_options(importer)
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.add_argument("--as", dest="as_user", metavar="USER", help="user name of the author")
    importer.set_defaults(func=run_import)

    exporter = subparsers.add_parser("export", help="export an article")
    add_common_options(exporter)
    exporter.add_argument("id", metavar="ID")
    exporter.add_argument(
        "--format", required=True, choices=("ninjs", "markdown", "html"), help="output format"
    )
    exporter.add_argument("-o", "--output", type=Path, metavar="OUT", help="file (default: stdout)")
    exporter.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Import every file (all are parsed before anything is written); one JSON line per article."""
    from meja_redaksi.exchange import import_files

    for path in args.files:
        if not path.is_file():
            raise CommandFailed(f"{path}: no such file")
    with open_services(args) as services:
        actor = services.store.people.get_by_username(args.as_user) if args.as_user else None
        for outcome in import_files(services.store, args.files, actor=actor):
            print_json(outcome.as_json())
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the article in the chosen format to a file (atomically) or to stdout."""
    from meja_redaksi.exchange import ExportFormat, export_article

    with open_services(args) as services:
        text = export_article(services.store, args.id, ExportFormat(args.format))
    if not text.endswith("\n"):
        text += "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    write_atomically(args.output, text)
    return 0


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename, so a failure leaves no half file."""
    path = path.expanduser()
    if path.is_dir():
        raise CommandFailed(f"{path} is a folder: name a file")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    except OSError as exc:
        raise CommandFailed(f"cannot write to {path.parent}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        Path(temp_name).replace(path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise CommandFailed(f"cannot write {path}: {exc.strerror}") from exc
