"""``meja-redaksi sync``: push this device's changes to the portal and pull everyone else's."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import CommandFailed, add_common_options, open_services, print_json

DEFAULT_PORTAL = "http://127.0.0.1:8750"
PORTAL_KEY = "sync.portal_url"


def register(subparsers: Any) -> None:
    """Add the ``sync`` command."""
    parser = subparsers.add_parser(
        "sync",
        help="sync the local store with the portal",
        description="Send local changes to the portal and receive everyone else's. "
        "Edits both sides made to the same words are kept as conflicts (see 'conflicts').",
    )
    parser.add_argument(
        "--portal", metavar="URL", help=f"portal address (default {DEFAULT_PORTAL})"
    )
    parser.add_argument("--user", metavar="U", help="sign in as U (needs --password-file)")
    parser.add_argument("--password-file", type=Path, metavar="F", help="file holding the password")
    add_common_options(parser)
    parser.set_defaults(func=run_sync)


def token_path(store_path: Path) -> Path:
    """Where the device token for a store is kept (readable by its owner only)."""
    return store_path.with_name(f"{store_path.stem}-portal.token")


def run_sync(args: argparse.Namespace) -> int:
    """Sign in if asked, then run one sync round and print what it did as JSON."""
    from meja_redaksi.cli.portal import read_password_file
    from meja_redaksi.sync.client import PortalClient, load_token, save_token
    from meja_redaksi.sync.engine import SyncEngine
    from meja_redaksi.sync.store_replica import StoreReplica

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
        tokens = token_path(store.path)
        with PortalClient(url, load_token(tokens)) as client:
            if args.user:
                client.login(args.user, read_password_file(args.password_file))
                assert client.token is not None
                save_token(tokens, client.token)
            elif client.token is None:
                raise CommandFailed("not signed in: run 'sync --user U --password-file F' once")
            store.sync_state.set(PORTAL_KEY, url)
            replica = StoreReplica(store)
            report = SyncEngine(replica, client).sync()
        print_json(
            {
                "portal": url,
                "pushed": report.pushed,
                "pulled": report.pulled,
                "conflicts": report.conflicts,
                "rejected": report.rejected,
                "transitions": report.transitions,
                "requests": report.requests,
                "full_resync": report.full_resync,
                "skipped": replica.skipped,
            }
        )
    return 0
