"""The command line contract: help, usage errors, one-line messages."""

from __future__ import annotations

import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "meja_redaksi", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_lists_the_commands() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for command in ("demo", "import", "list", "export", "people"):
        assert command in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = _run("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path) -> None:
    store = tmp_path / "s.sqlite3"
    assert _run("demo", "--store", str(store), "--articles", "300").returncode == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "meja_redaksi", "list", "--store", str(store), "--limit", "300"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    listing.stdout.readline()
    listing.stdout.close()
    _, err = listing.communicate(timeout=60)
    assert listing.returncode == 0
    assert b"Traceback" not in err


def test_every_registered_command_is_in_the_command_table() -> None:
    from meja_redaksi.cli import COMMAND_MODULES, build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(subparsers.choices) == set(COMMAND_MODULES)
    for command, module in COMMAND_MODULES.items():
        only = build_parser([module])
        assert command in next(a for a in only._actions if a.dest == "command").choices


def test_the_desktop_app_builds_no_command_parser() -> None:
    from meja_redaksi.cli import _modules_for

    assert _modules_for([]) == []
    assert _modules_for(["--store", "list", "--lang", "en"]) == []
    assert _modules_for(["list", "--json"]) == ["listing"]
    assert _modules_for(["--help"]) is None
    assert _modules_for(["no-such-command"]) is None
