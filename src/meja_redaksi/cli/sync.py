"""``meja-redaksi sync``: push this device's changes to the portal and pull everyone else's."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json


def register(subparsers: Any) -> None:
    """Add the ``sync`` command."""
    parser = subparsers.add_parser(
        "sync",
        help="sync the local store with the portal",
        description="Send local changes to the portal and receive everyone else's. "
        "Edits both sides made to the same words are kept as conflicts (see 'conflicts').",
    )
    parser.add_argument("--portal", metavar="URL", help="portal address (default: the last one)")
    parser.add_argument("--user", metavar="U", help="sign in as U (needs --password-file)")
    parser.add_argument("--password-file", type=Path, metavar="F", help="file holding the password")
    add_common_options(parser)
    parser.set_defaults(func=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    """Sign in if asked, then run one sync round and print what it did as JSON."""
    from meja_redaksi.cli.portal import read_password_file
    from meja_redaksi.sync.service import DEFAULT_PORTAL, PORTAL_KEY, sign_in, sync_once

    if bool(args.user) != bool(args.password_file):
        raise CommandFailed("--user and --password-file go together", exit_code=2)
    with open_services(args) as services:
        store = services.store
        url = (
            args.portal
            or store.sync_state.get(PORTAL_KEY)
            or os.environ.get("MEJA_REDAKSI_PORTAL")
            or DEFAULT_PORTAL
        )
        if args.user:
            sign_in(store, url, args.user, read_password_file(args.password_file))
        report, skipped = sync_once(store, url)
        print_json(
            {
                "portal": url,
                "pushed": report.pushed,
                "pulled": report.pulled,
                "views": report.views,
                "conflicts": report.conflicts,
                "rejected": report.rejected,
                "transitions": report.transitions,
                "requests": report.requests,
                "full_resync": report.full_resync,
                "skipped": skipped,
                "held": report.held,
            }
        )
    return 0
