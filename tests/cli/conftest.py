"""Fixtures for driving the command line in-process against a temporary store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from meja_redaksi.cli import main


@dataclass
class CliResult:
    """Exit code and output of one in-process command."""

    code: int
    out: str
    err: str

    def json_lines(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def cli(store_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main([*args, "--store", str(store_path)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def dump_store(path: Path) -> str:
    """Every row of the store as SQL text: equal dumps mean the store did not change."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()
