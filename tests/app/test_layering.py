"""Arrows point down: app/ imports neither Qt, ui/ nor audio/, and its tests pass without Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_APP = ("PySide6", "shiboken6", "pyqtgraph", "ui", "audio")


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_app_never_imports_qt_ui_or_audio():
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for line, name in _imports(path)
        if name.split(".")[0] in FORBIDDEN_IN_APP
    ]
    assert offenders == []


def test_audio_never_imports_ui():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "audio").rglob("*.py"))
        for line, name in _imports(path)
        if name.split(".")[0] == "ui"
    ]
    assert offenders == []


def test_the_checker_sees_a_qt_import(tmp_path):
    """Guards the guard: the AST scan must notice every import form."""
    sample = tmp_path / "m.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\nimport pyqtgraph as pg\n")
    names = [name for _, name in _imports(sample)]
    assert "PySide6.QtCore" in names and "pyqtgraph" in names


@pytest.mark.skipif(os.environ.get("STILLPOINT_QT_BLOCKED") == "1", reason="inner run itself")
def test_app_tests_pass_with_qt_absent(tmp_path):
    """Run tests/app in a fresh interpreter where importing Qt fails outright."""
    for name in ("PySide6", "shiboken6", "pyqtgraph"):
        pkg = tmp_path / name
        pkg.mkdir()
        (pkg / "__init__.py").write_text(f"raise ImportError('{name} is absent in this run')\n")
    env = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}",
               STILLPOINT_QT_BLOCKED="1")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider",
         str(ROOT / "tests" / "app")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    tail = "\n".join(result.stdout.splitlines()[-15:])
    assert result.returncode == 0, tail
    assert " passed" in tail
