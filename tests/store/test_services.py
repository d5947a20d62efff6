"""The composition root: default store path and opening the services."""

from __future__ import annotations

from pathlib import Path

import pytest

from meja_redaksi.domain import Article
from meja_redaksi.services import STORE_FILE_NAME, default_store_path, open_services


def test_default_store_path_never_touches_user_folders_in_tests() -> None:
    path = default_store_path()
    assert path.name == STORE_FILE_NAME
    assert Path.home() not in path.parents or "no-user-dirs" in str(path)


def test_default_store_path_uses_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEJA_REDAKSI_NO_USER_DIRS", raising=False)
    from platformdirs import user_data_path

    assert default_store_path() == user_data_path("meja-redaksi", appauthor=False) / STORE_FILE_NAME


def test_open_services_on_a_path_and_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "one" / "store.sqlite3"
    with open_services(path) as services:
        saved = services.store.articles.save(Article(headline="Dari layanan"))
    monkeypatch.setenv("MEJA_REDAKSI_STORE", str(path))
    with open_services(None) as services:
        assert services.store.path == path.resolve()
        assert services.store.articles.get(saved.id).headline == "Dari layanan"
