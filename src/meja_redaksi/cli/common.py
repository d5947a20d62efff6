"""Helpers shared by the command modules: common options, opening the store, output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meja_redaksi.services import Services


class CommandFailed(Exception):
    """Stop a command with a one-line message and an exit code (1 bad input, 2 usage)."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """Add ``--store`` (on subcommands it does not override a value given before the command)."""
    parser.add_argument(
        "--store",
        type=Path,
        default=None if top_level else argparse.SUPPRESS,
        metavar="PATH",
        help="the local store file (default: the user data folder)",
    )


def report_error(message: str) -> None:
    """Print a one-line error on stderr."""
    first_line = " ".join(message.split())
    print(f"meja-redaksi: {first_line}", file=sys.stderr)


def print_json(value: Any) -> None:
    """Print one JSON object on one line (UTF-8, not ASCII-escaped)."""
    print(json.dumps(value, ensure_ascii=False, default=str), flush=True)


def open_services(args: argparse.Namespace) -> Services:
    """Open the store named by ``--store`` (or the default one) and build the services."""
    from meja_redaksi.services import open_services as _open

    return _open(getattr(args, "store", None))
