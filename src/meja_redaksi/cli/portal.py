"""``meja-redaksi portal serve`` and ``portal user add``: run the central portal server and add its users."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import CommandFailed, print_json

DEFAULT_PORT = 8750


def default_portal_dir() -> Path:
    """Where a portal keeps its SQLite file and photos when no ``--db``/``--media`` is given."""
    override = os.environ.get("MEJA_REDAKSI_PORTAL_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("meja-redaksi", appauthor=False)) / "portal"


def _db_url(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    folder = default_portal_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'portal.db'}"


def register(subparsers: Any) -> None:
    """Add the ``portal`` command and its subcommands."""
    parser = subparsers.add_parser(
        "portal", help="run the central portal server or manage its users"
    )
    commands = parser.add_subparsers(dest="portal_command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="serve the sync API and the public site")
    serve.add_argument(
        "--db", metavar="URL", help="database URL (default: SQLite in the data folder)"
    )
    serve.add_argument("--media", type=Path, metavar="DIR", help="folder for photo files")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    serve.set_defaults(func=run_serve)

    compact = commands.add_parser(
        "compact", help="forget old tombstones (devices behind them resync fully)"
    )
    compact.add_argument(
        "--keep", type=int, default=100_000, metavar="N",
        help="keep the tombstones of the last N changes (default 100000)",
    )  # fmt: skip
    compact.add_argument("--db", metavar="URL")
    compact.set_defaults(func=run_compact)

    user = commands.add_parser("user", help="manage the portal's users")
    user_commands = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    add = user_commands.add_parser("add", help="add a user who can sign in")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name as bylines show it")
    add.add_argument("--role", required=True, help="role or comma-separated roles")
    add.add_argument("--desk", default=None, metavar="D", help="desk id")
    add.add_argument("--code", default="", help="photographer/reporter code, e.g. rezap")
    add.add_argument("--password-file", type=Path, required=True, metavar="F")
    add.add_argument("--db", metavar="URL")
    add.set_defaults(func=run_user_add)


def read_password_file(path: Path) -> str:
    """The first line of a password file (the file is never echoed)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandFailed(
            f"cannot read the password file {path.name}: {exc.__class__.__name__}"
        ) from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise CommandFailed("the password file is empty")
    return password


def run_serve(args: argparse.Namespace) -> int:
    """Start uvicorn with the portal app (blocks until stopped)."""
    import uvicorn

    from meja_redaksi.portal.app import create_app

    media = args.media or (default_portal_dir() / "media")
    app = create_app(_db_url(args), media)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def run_user_add(args: argparse.Namespace) -> int:
    """Create a portal user and print it as JSON."""
    from meja_redaksi.domain.enums import Role
    from meja_redaksi.portal.auth import add_user
    from meja_redaksi.portal.db import Database

    roles = [r.strip() for r in args.role.split(",") if r.strip()]
    valid = {r.value for r in Role}
    unknown = [r for r in roles if r not in valid]
    if unknown or not roles:
        raise CommandFailed(
            f"unknown role '{(unknown or [''])[0]}': use {', '.join(sorted(valid))}"
        )
    password = read_password_file(args.password_file)
    db = Database(_db_url(args))
    try:
        caller = add_user(
            db, args.username, args.name, roles, password, desk_id=args.desk, code=args.code
        )
    finally:
        db.dispose()
    print_json({"id": caller.id, "username": caller.username, "roles": sorted(roles)})
    return 0


def run_compact(args: argparse.Namespace) -> int:
    """Purge tombstones older than the last ``--keep`` changes and print how many went."""
    from meja_redaksi.portal.db import Database, counter
    from meja_redaksi.portal.records import purge_tombstones

    if args.keep < 0:
        raise CommandFailed("--keep must be 0 or more", exit_code=2)
    db = Database(_db_url(args))
    try:
        with db.reading() as session:
            up_to = max(0, counter(session, "seq") - args.keep)
        purged = purge_tombstones(db, up_to) if up_to else 0
    finally:
        db.dispose()
    print_json({"purged": purged, "up_to_seq": up_to})
    return 0
