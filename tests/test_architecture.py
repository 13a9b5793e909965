"""The rules of the house that a linter cannot see."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
BOOTSTRAP = {PACKAGE / "cli.py"}


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_qt_is_imported_only_under_desktop_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents:
            continue
        for module in imported_modules(path):
            qt = module.split(".")[0] in {"PySide6", "shiboken6"}
            ui = module.startswith("desktop.ui") and path not in BOOTSTRAP
            if qt or ui:
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    assert offenders == []


def test_the_headless_core_runs_without_loading_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, desktop\n"
        "for m in pkgutil.walk_packages(desktop.__path__, 'desktop.'):\n"
        "    if not m.name.startswith(('desktop.ui', 'desktop.__main__')):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
