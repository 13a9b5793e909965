"""``escale --self-check``, unfrozen: every step passes here, and a broken piece is named.

The frozen build runs the same command in ``tests/installer/test_frozen.py``.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import self_check
from desktop.cli import _qt_interface

ESCALE = Path(sys.executable).with_name("escale")
STEPS = (
    "Base de données (création, migrations)",
    "Écriture et relecture d'un foyer",
    "Polices DejaVu",
    "Dossier d'installation en PDF",
    "Packs d'accueil en deux processus",
    "Import vérifié dans un second processus",
    "Chiffrement de la base (SQLCipher)",
    "Traduction anglaise",
    "Fenêtre principale",
)


def test_the_command_passes_every_step_and_leaves_nothing_behind(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    data = tmp_path / "donnees"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(scratch)}

    result = subprocess.run(
        [str(ESCALE), "--self-check", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Vérification d'Escale ")
    for step in STEPS:
        assert any(line.startswith(f"  OK     {step} : ") for line in lines), result.stdout
    assert "ÉCHEC" not in result.stdout
    assert "« Escale, the welcome officers' workstation. »" in result.stdout
    assert lines[-1] == "Tout fonctionne."
    assert list(scratch.iterdir()) == []  # the temporary data folder is gone
    assert not (data / "escale.db").exists()  # the officer's data folder holds no database


def test_a_damaged_catalogue_is_named_and_the_other_steps_still_run(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "escale_en.qm"
    damaged.write_bytes(b"ceci n'est pas un catalogue Qt")
    monkeypatch.setattr(self_check, "ENGLISH_CATALOGUE", damaged)
    out = io.StringIO()

    status = self_check.self_check(_qt_interface, out=out)

    report = out.getvalue()
    assert status == 1
    failed = [line for line in report.splitlines() if line.strip().startswith("ÉCHEC")]
    assert failed == [f"  ÉCHEC  Traduction anglaise : catalogue absent ou abîmé : {damaged}"]
    assert report.count("  OK     ") == len(STEPS) - 1
    assert "1 vérification(s) en échec" in report
    assert "Réinstallez Escale" in report


def test_without_qt_the_interface_steps_fail_rather_than_pass(tmp_path: Path) -> None:
    out = io.StringIO()

    status = self_check.self_check(None, out=out)

    assert status == 1
    report = out.getvalue()
    assert "  ÉCHEC  Traduction anglaise : interface Qt non fournie" in report
    assert "  ÉCHEC  Fenêtre principale : interface Qt non fournie" in report
    assert "2 vérification(s) en échec" in report
