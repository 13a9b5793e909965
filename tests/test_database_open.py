"""A file that is not ours, or is from a newer Escale, is refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import DatabaseOpenError
from desktop.models import AppMeta, Commune
from desktop.paths import database_path
from desktop.storage import open_database
from desktop.storage.reference_data import VERSION_KEY, ensure_reference_data, shipped_version


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def test_garbage_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    path.write_bytes(b"ceci n'est pas une base " * 200)
    before = fingerprint(tmp_path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "n'est pas une base de données Escale" in caught.value.message
    assert "n'a pas été modifié" in caught.value.message
    assert fingerprint(tmp_path) == before


def test_truncated_database_is_refused_and_untouched(
    tmp_path: Path, template_database: Path
) -> None:
    path = tmp_path / "escale.db"
    path.write_bytes(template_database.read_bytes()[:3000])
    before = fingerprint(tmp_path)
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    assert fingerprint(tmp_path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (texte TEXT)")
        connection.execute("INSERT INTO notes VALUES ('à garder')")
    connection.close()
    before = fingerprint(tmp_path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "pas une base Escale" in caught.value.message
    assert fingerprint(tmp_path) == before


def test_database_from_a_newer_escale_is_refused(data_dir: Path) -> None:
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_futur'")
    connection.close()
    before = fingerprint(data_dir)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert "version plus récente d'Escale" in caught.value.message
    assert "0099_futur" in caught.value.message
    assert fingerprint(data_dir) == before


def test_unwritable_location_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(blocker / "donnees" / "escale.db")
    assert "Impossible de créer le dossier de données" in caught.value.message


def test_reference_data_is_loaded_once_per_version(database: object, data_dir: Path) -> None:
    reopened = open_database(database_path(data_dir))
    with reopened.engine.begin() as connection:
        assert ensure_reference_data(connection) is False
        connection.execute(AppMeta.__table__.update().values(value="ancienne"))
        assert ensure_reference_data(connection) is True
        stored = connection.scalar(select(AppMeta.value).where(AppMeta.key == VERSION_KEY))
        assert stored == shipped_version()
        assert connection.scalar(select(Commune.name).where(Commune.code == "58194")) == "Nevers"
    reopened.close()
