"""Architecture rules of DESIGN §4, checked on the source tree."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "meja_redaksi"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts)


def _imports(path: Path, *, top_level_only: bool = False) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: list[tuple[str, int]] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


def _area(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def test_the_tree_has_modules() -> None:
    assert len(_modules()) > 20


def test_sqlalchemy_only_in_store_and_portal() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line}"
        for p in _modules()
        if _area(p) not in {"store", "portal"}
        for name, line in _imports(p)
        if name.split(".")[0] in {"sqlalchemy", "alembic"}
    ]
    assert offenders == []


def test_qt_only_in_gui() -> None:
    qt = {"PySide6", "shiboken6", "qtawesome", "qtpy"}
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line}"
        for p in _modules()
        if _area(p) != "gui"
        for name, line in _imports(p)
        if name.split(".")[0] in qt
    ]
    assert offenders == []


def test_domain_and_workflow_are_plain_python() -> None:
    allowed = {"meja_redaksi.domain", "meja_redaksi.workflow"}
    for path in _modules():
        if _area(path) not in {"domain", "workflow"}:
            continue
        for name, line in _imports(path):
            if name.startswith("meja_redaksi"):
                assert any(name.startswith(a) for a in allowed), f"{path.name}:{line} {name}"
            else:
                assert name.split(".")[0] in sys.stdlib_module_names, f"{path.name}:{line} {name}"


def test_nothing_imports_gui() -> None:
    """Only the desktop launcher in cli/app.py may import gui/, and only inside a function."""
    offenders = []
    for path in _modules():
        if _area(path) == "gui":
            continue
        lazy_ok = path.relative_to(PACKAGE).as_posix() == "cli/app.py"
        for name, line in _imports(path, top_level_only=lazy_ok):
            if name.startswith("meja_redaksi.gui"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{line}")
    assert offenders == []


def test_every_non_gui_module_imports_with_pyside6_blocked() -> None:
    script = textwrap.dedent(
        """
        import importlib, importlib.abc, pkgutil, sys

        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6", "qtawesome", "qtpy"}:
                    raise ImportError(f"blocked: {name}")
                return None

        sys.meta_path.insert(0, Block())
        import meja_redaksi
        count = 0
        for info in pkgutil.walk_packages(meja_redaksi.__path__, "meja_redaksi."):
            name = info.name
            if name.startswith("meja_redaksi.gui") or ".migrations" in name or name.endswith("__main__"):
                continue
            importlib.import_module(name)
            count += 1
        print(count)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 10
