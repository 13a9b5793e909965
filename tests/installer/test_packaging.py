"""What the packaging relies on, checked without building anything (the frozen tests need dist/).

The spec leaves packages out of the frozen application; if the desktop code
started importing one of them, the frozen build would break only at run time,
in front of an officer. The version is written in one place only.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import sys

from desktop import __version__
from tests.test_architecture import PACKAGE, imported_modules

ROOT = PACKAGE.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "escale.spec"


def excluded_modules() -> list[str]:
    """``EXCLUDED_MODULES`` as the spec writes it (a list of string literals)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "EXCLUDED_MODULES"
            for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError("EXCLUDED_MODULES not found in installer/escale.spec")


def test_the_desktop_code_imports_nothing_the_frozen_build_leaves_out() -> None:
    excluded = excluded_modules()
    assert {"server", "fastapi", "uvicorn", "psycopg", "argon2"} <= set(excluded)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for module in imported_modules(path):
            if any(module == name or module.startswith(f"{name}.") for name in excluded):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def test_the_migrations_and_sqlcipher_the_spec_bundles_exist() -> None:
    for name in ("sqlcipher3.dbapi2", "sqlalchemy.dialects.sqlite.pysqlcipher", "alembic.ddl"):
        assert importlib.util.find_spec(name) is not None, name
    migrations = ROOT / "desktop" / "storage" / "migrations" / "versions"
    assert sorted(path.name for path in migrations.glob("0001_*.py"))


def test_the_version_is_written_in_one_place() -> None:
    sys.path.insert(0, str(INSTALLER))
    try:
        import build  # installer/build.py
    finally:
        sys.path.remove(str(INSTALLER))
    assert build.version() == __version__
    assert build.tarball_path().name == f"escale-{__version__}-linux-x86_64.tar.gz"
    version = re.escape(__version__)
    for path in [SPEC, *INSTALLER.rglob("*.iss"), *INSTALLER.rglob("*.desktop")]:
        assert not re.search(rf"\b{version}\b", path.read_text(encoding="utf-8")), path
    assert "AppVersion={#AppVersion}" in (INSTALLER / "windows" / "escale.iss").read_text(
        encoding="utf-8"
    )


def test_the_menu_entry_launches_escale_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "escale.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "escale"  # install.sh writes the installed path in
    assert section["Icon"] == "escale"
    assert section["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{section['Icon']}.svg").exists()
    install = (INSTALLER / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "s|^Exec=escale|" in install
    assert "hicolor/scalable/apps/escale.svg" in install
