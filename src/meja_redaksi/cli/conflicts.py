"""``meja-redaksi conflicts``: edits the portal did not take as they were, with both versions."""

from __future__ import annotations

import argparse
from typing import Any

from meja_redaksi.cli.common import add_common_options, open_services, print_json


def register(subparsers: Any) -> None:
    """Add the ``conflicts`` command."""
    parser = subparsers.add_parser(
        "conflicts", help="list sync conflicts held on this device, with both versions"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per conflict")
    add_common_options(parser)
    parser.set_defaults(func=run_conflicts)


def run_conflicts(args: argparse.Namespace) -> int:
    """Print the held conflicts."""
    from meja_redaksi.sync.store_replica import StoreReplica

    with open_services(args) as services:
        held = StoreReplica(services.store).conflicts()
    for conflict in held:
        if args.json:
            print_json(conflict.to_json())
            continue
        print(f"{conflict.entity} {conflict.record_id}: {conflict.reason}")
        for name in sorted(set(conflict.mine) | set(conflict.theirs)):
            print(f"  {name}")
            print(f"    mine:   {_short(conflict.mine.get(name))}")
            print(f"    portal: {_short(conflict.theirs.get(name))}")
    if not held and not args.json:
        print("no conflicts")
    return 0


def _short(value: object, limit: int = 200) -> str:
    text = " ".join(str(value).split()) if value is not None else "(none)"
    return text if len(text) <= limit else text[: limit - 1] + "…"
