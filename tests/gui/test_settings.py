"""The typed settings registry: defaults, type checks, damaged files, atomic saves."""

from __future__ import annotations

from pathlib import Path

import pytest

from meja_redaksi.settings import SPECS, Settings


def test_defaults_then_saved_values_come_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert {spec.key: settings.get(spec.key) for spec in SPECS} == {s.key: s.default for s in SPECS}
    settings.set("language", "en")
    settings.set("open_articles", ["a", "b"])
    settings.save()
    again = Settings(path)
    assert again.get("language") == "en"
    assert again.get("open_articles") == ["a", "b"]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_wrong_type_refused_and_unknown_key_is_a_bug(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    with pytest.raises(TypeError):
        settings.set("autosave_seconds", "3")
    with pytest.raises(KeyError):
        settings.get("no_such_setting")


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"language": 5, "theme": "dark", "x": 1}']
)
def test_damaged_file_falls_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings = Settings(path)
    assert settings.get("language") == "id"
    assert settings.get("theme") == ("dark" if "theme" in content else "light")
