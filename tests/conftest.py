"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os

# Qt must never look for a display in tests (without this a run dies with exit 134 and no summary).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEJA_REDAKSI_NO_USER_DIRS", "1")

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_text() -> str:
    """The portal article page of the seed, as plain text."""
    return (SHARED / "portal-article-2018-05-02-sister-city.txt").read_text(encoding="utf-8")
