"""The ``meja-redaksi`` command line (DESIGN §9).

Each module of this package that defines ``register(subparsers)`` adds its commands (heavy imports happen
inside the command functions). :data:`COMMAND_MODULES` names the module of every command, so that a run
builds only the parser it needs: the desktop app (no command) starts without building any of them.
Without a command, the desktop app starts.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from meja_redaksi.cli.common import CommandFailed, add_common_options, report_error

COMMAND_MODULES = {
    "article": "workflow",
    "assignment": "workflow",
    "check": "check",
    "conflicts": "conflicts",
    "demo": "demo",
    "dictionary": "dictionary",
    "export": "articles",
    "import": "articles",
    "list": "listing",
    "people": "people",
    "photo": "photos",
    "portal": "portal",
    "run-demo": "app",
    "screenshot": "app",
    "sync": "sync",
}
"""Which module of this package registers each command."""

_OPTIONS_WITH_VALUES = frozenset({"--store", "--lang"})


def _all_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name != "common")


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Build the parser with the subcommands of ``modules`` (default: every command module)."""
    parser = argparse.ArgumentParser(
        prog="meja-redaksi",
        description="Meja Redaksi: offline-first editorial desk for a regional news portal.",
    )
    add_common_options(parser, top_level=True)
    parser.add_argument(
        "--lang", choices=("id", "en"), default=None, help="user interface language"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _all_modules() if modules is None else modules:
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def _modules_for(args: Sequence[str]) -> list[str] | None:
    """The command modules a run needs: none for the desktop app, one for a known command, else all."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUES:
            skip = True
        elif arg in {"-h", "--help"}:
            return None
        elif not arg.startswith("-"):
            module = COMMAND_MODULES.get(arg)
            return [module] if module else None
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code (0 ok, 1 bad input, 2 usage)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_modules_for(args_list))
    args = parser.parse_args(args_list)
    if args.command is None:
        args.command = "app"
        from meja_redaksi.cli.app import run_desktop

        args.func = run_desktop
    try:
        result = args.func(args)
    except CommandFailed as exc:
        report_error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        report_error("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `list | head`): stop quietly, as other Unix tools do.
        _silence_stdout()
        return 0
    except Exception as exc:
        from meja_redaksi.domain.errors import UserError

        if isinstance(exc, UserError):
            report_error(str(exc))
            return 1
        raise
    return int(result or 0)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail on a closed pipe."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
