"""The frozen application (``dist/escale/``, built by ``make installer``) works as shipped.

``make test`` builds it first whenever the code changed, so these tests run in
CI; they are skipped only when the folder is absent (a bare ``pytest`` run
before any ``make installer``), and say so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PyInstaller.archive.readers import CArchiveReader

from desktop import __version__
from tests.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
FROZEN_DIR = ROOT / "dist" / "escale"
FROZEN = FROZEN_DIR / "escale"
TARBALL = ROOT / "dist" / f"escale-{__version__}-linux-x86_64.tar.gz"
ESCALE = Path(sys.executable).with_name("escale")
FIXTURE = ROOT / "tests" / "fixtures" / "release-1.sqlite"
NOT_SHIPPED = ("server", "fastapi", "uvicorn", "starlette", "psycopg", "argon2", "pytest")

pytestmark = pytest.mark.skipif(
    not FROZEN.exists(),
    reason="pas d'application figée dans dist/escale/ : lancez « make installer » "
    "(« make test » la construit d'abord)",
)


def frozen_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of an officer's session: no source tree, no virtual environment on it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    return {**env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), **extra}


def run_frozen(
    *arguments: str, env: dict[str, str], executable: Path = FROZEN, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_the_frozen_self_check_passes(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()

    result = run_frozen(
        "--self-check",
        "--data-dir",
        str(tmp_path / "donnees"),
        env=frozen_env(scratch),
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"Vérification d'Escale {__version__}\n")
    assert "ÉCHEC" not in result.stdout
    assert result.stdout.count("  OK     ") == 9, result.stdout
    assert "  OK     Import vérifié dans un second processus : ligne d'essai vérifiée" in (
        result.stdout
    )
    assert result.stdout.rstrip().endswith("Tout fonctionne.")
    assert list(scratch.iterdir()) == []


def test_the_frozen_version_is_the_package_version(tmp_path: Path) -> None:
    result = run_frozen("--version", env=frozen_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Escale {__version__}"


def test_demo_households_are_made_by_the_frozen_build(tmp_path: Path) -> None:
    """Faker ships with its French locale: training sessions fill a base with escale demo."""
    data = tmp_path / "formation"
    env = frozen_env(tmp_path, ESCALE_PASSPHRASE=TEST_PASSPHRASE)

    made = run_frozen("demo", "--households", "12", "--data-dir", str(data), env=env)
    figures = run_frozen("stats", "--json", "--data-dir", str(data), env=env)

    assert made.returncode == 0, made.stdout + made.stderr
    assert figures.returncode == 0, figures.stderr
    assert json.loads(figures.stdout)["registered"]["households"] == 12


def test_the_server_and_the_development_tools_are_not_shipped() -> None:
    archive = CArchiveReader(str(FROZEN))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    modules = set(archive.open_embedded_archive(pyz).toc)
    assert {"desktop.self_check", "desktop.ui.application", "sqlcipher3.dbapi2"} <= modules
    shipped = sorted(name for name in modules if name.split(".")[0] in NOT_SHIPPED)
    assert shipped == []
    folders = {path.name for path in (FROZEN_DIR / "_internal").iterdir()}
    assert not folders & set(NOT_SHIPPED)
    qt = FROZEN_DIR / "_internal" / "PySide6" / "Qt"
    assert not (qt / "qml").exists()
    assert not list(qt.glob("lib/libQt6WebEngine*"))
    assert not list(qt.glob("plugins/wayland-*"))
    assert sorted(path.name for path in (qt / "translations").iterdir()) == [
        "qt_en.qm",
        "qt_fr.qm",
        "qtbase_en.qm",
        "qtbase_fr.qm",
    ]
    migrations = FROZEN_DIR / "_internal" / "desktop" / "storage" / "migrations" / "versions"
    shipped_migrations = sorted(path.name for path in migrations.glob("*.py"))
    source = sorted(
        path.name for path in (ROOT / "desktop/storage/migrations/versions").glob("*.py")
    )
    assert shipped_migrations == source


def test_the_frozen_build_opens_a_first_release_database_with_every_case(tmp_path: Path) -> None:
    """Installing over the first release: its database opens, migrated, encrypted, complete."""
    data, unfrozen = tmp_path / "donnees", tmp_path / "source"
    env = frozen_env(tmp_path, ESCALE_PASSPHRASE=TEST_PASSPHRASE)
    for folder in (data, unfrozen):
        folder.mkdir()
        shutil.copy2(FIXTURE, folder / "escale.db")

    result = run_frozen("stats", "--json", "--data-dir", str(data), env=env)
    expected = run_frozen(
        "stats", "--json", "--data-dir", str(unfrozen), env=env, executable=ESCALE
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert expected.returncode == 0, expected.stderr
    figures = json.loads(result.stdout)
    assert figures["registered"]["households"] == 33
    assert figures == json.loads(expected.stdout)
    assert (data / "escale.db.avant-0004_document_print.bak").exists()
    assert not (data / "escale.db").read_bytes().startswith(b"SQLite format 3")


def test_the_tarball_installs_per_user_and_an_upgrade_keeps_the_data(tmp_path: Path) -> None:
    with tarfile.open(TARBALL) as archive:
        names = set(archive.getnames())
        top = f"escale-{__version__}"
        assert {
            f"{top}/install.sh",
            f"{top}/escale.desktop",
            f"{top}/escale.svg",
            f"{top}/escale/escale",
        } <= names
    # As IT unpacks it; tarfile's extraction filters are missing from Debian 12's Python 3.11.2.
    (tmp_path / "archive").mkdir()
    subprocess.run(["tar", "-xzf", str(TARBALL), "-C", str(tmp_path / "archive")], check=True)
    installer = tmp_path / "archive" / top / "install.sh"
    home = tmp_path / "home"
    data = home / ".local" / "share" / "escale"
    data.mkdir(parents=True)
    (data / "escale.db").write_bytes(b"les dossiers de l'agent")
    env = {**frozen_env(tmp_path), "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)

    for _ in range(2):  # a first install, then an install over it
        result = subprocess.run(
            ["sh", str(installer)], env=env, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr

    app = home / ".local" / "opt" / "escale" / "escale"
    entry = (home / ".local/share/applications/escale.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}"' in entry
    assert "Name=Escale" in entry
    assert (home / ".local/share/icons/hicolor/scalable/apps/escale.svg").exists()
    version = run_frozen("--version", env=env, executable=home / ".local" / "bin" / "escale")
    assert version.stdout.strip() == f"Escale {__version__}"
    assert (data / "escale.db").read_bytes() == b"les dossiers de l'agent"
    assert not (home / ".local" / "opt" / "escale.ancien").exists()

    removed = subprocess.run(
        ["sh", str(installer), "--uninstall"], env=env, capture_output=True, text=True, check=False
    )
    assert removed.returncode == 0, removed.stderr
    assert "Les données sont conservées" in removed.stdout
    assert not app.exists()
    assert (data / "escale.db").read_bytes() == b"les dossiers de l'agent"
