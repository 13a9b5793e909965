"""Scenario 5, the lost laptop: reported lost on the server, it wipes itself at its next sync.

The real ``escale-server`` in its own process, the administrator's
``escale-server device lost``, and ``escale login`` / ``escale sync`` as the
officer runs them on two data folders: the lost laptop's and the new one's.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cli import main
from desktop.models import Household, Person, PersonRole, Source, TerritoryKind
from desktop.paths import database_path
from desktop.storage import open_database
from desktop.storage.wipe import files_to_wipe
from desktop.sync import state
from tests.conftest import TEST_PASSPHRASE
from tests.real_server import PASSWORD, SERVER, Server

WIPED = "Ce poste a été déclaré perdu auprès du serveur régional"


def escale(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def laptop(tmp_path: Path, template_database: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    return folder


def log_in_and_sync(monkeypatch: pytest.MonkeyPatch, folder: Path, server: Server) -> None:
    login = ("login", "--data-dir", str(folder), "--server", server.url,
             "--email", "claire@example.fr", "--password-stdin")  # fmt: skip
    assert escale(monkeypatch, *login, stdin=PASSWORD + "\n") == 0
    assert escale(monkeypatch, "sync", "--data-dir", str(folder)) == 0


def device_id(folder: Path) -> str:
    database = open_database(database_path(folder), TEST_PASSPHRASE)
    try:
        with database.engine.connect() as connection:
            return state.device_id(connection)
    finally:
        database.close()


@pytest.mark.usefixtures("escale_passphrase")
def test_a_lost_laptop_wipes_itself_and_a_new_one_gets_the_territory_back(
    tmp_path: Path,
    template_database: Path,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.add_officer("claire@example.fr", "Claire Martin", "58")
    lost = laptop(tmp_path, template_database, "perdu")
    database = open_database(database_path(lost), TEST_PASSPHRASE)
    with database.transaction() as session:
        household_id = register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Hélène", "Vasseur", phone="0612345678")],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            ),
            today=date(2026, 11, 25),
        ).id
    database.close()
    log_in_and_sync(monkeypatch, lost, server)
    (lost / "export-du-salon.csv").write_text("exporté par l'officier\n", encoding="utf-8")
    # the copy open_database keeps before migrating a database (its own name pattern)
    shutil.copy2(database_path(lost), lost / "escale.db.avant-0007.bak")
    before = {path.name for path in files_to_wipe(database_path(lost))}
    assert {"escale.db", "escale.log", "escale.db.avant-0007.bak"} <= before
    capsys.readouterr()

    listed = subprocess.run(
        [str(SERVER), "device", "list", "--db", server.db_url],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    lost_id = device_id(lost)
    assert lost_id in listed.stdout
    reported = subprocess.run(
        [str(SERVER), "device", "lost", lost_id, "--db", server.db_url],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert "Poste déclaré perdu" in reported.stdout

    assert escale(monkeypatch, "sync", "--data-dir", str(lost)) == 2
    assert WIPED in capsys.readouterr().err
    left = sorted(path.name for path in lost.iterdir())
    assert left == ["export-du-salon.csv"]  # the officer's export is theirs; nothing of ours

    new = laptop(tmp_path, template_database, "neuf")
    log_in_and_sync(monkeypatch, new, server)
    database = open_database(database_path(new), TEST_PASSPHRASE)
    try:
        with database.session() as session:
            assert session.get_one(Household, household_id).name == "Vasseur"
            person = session.scalars(
                select(Person).where(Person.household_id == household_id)
            ).one()
            assert (person.first_name, person.phone) == ("Hélène", "+33612345678")
    finally:
        database.close()


@pytest.mark.usefixtures("escale_passphrase")
def test_a_lost_laptop_that_logs_in_again_wipes_itself_too(
    tmp_path: Path,
    template_database: Path,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server.add_officer("claire@example.fr", "Claire Martin", "58")
    lost = laptop(tmp_path, template_database, "perdu")
    log_in_and_sync(monkeypatch, lost, server)
    subprocess.run(
        [str(SERVER), "device", "lost", device_id(lost), "--db", server.db_url],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    capsys.readouterr()
    login = ("login", "--data-dir", str(lost), "--server", server.url,
             "--email", "claire@example.fr", "--password-stdin")  # fmt: skip
    assert escale(monkeypatch, *login, stdin=PASSWORD + "\n") == 2
    assert WIPED in capsys.readouterr().err
    assert files_to_wipe(database_path(lost)) == []


def test_wiping_removes_the_database_its_sidecars_backups_and_log_and_nothing_else(
    data_dir: Path,
) -> None:
    import logging

    from desktop.logs import setup_logging
    from desktop.storage.wipe import WipedError, wipe_database

    database = open_database(database_path(data_dir))
    with database.transaction() as session:
        register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Hélène", "Vasseur", phone="0612345678")],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            ),
            today=date(2026, 11, 25),
        )
    log_file = setup_logging(data_dir)
    assert log_file is not None
    logging.getLogger("test").warning("Hélène Vasseur exportée")
    (data_dir / "escale.log.1").write_text("journal tourné : Vasseur\n", encoding="utf-8")
    shutil.copy2(database_path(data_dir), data_dir / "escale.db.avant-0007.bak")
    (data_dir / "escale.ini").write_text("[window]\npage=dossiers\n", encoding="utf-8")
    (data_dir / "foyers.xlsx").write_bytes(b"export de l'officier")
    wal = {name: (data_dir / name).read_bytes() for name in ("escale.db-wal", "escale.db-shm")}
    database.close()  # the last connection folds the WAL back and removes it…
    for name, content in wal.items():  # …which a killed process would have left behind
        (data_dir / name).write_bytes(content)
    present = {path.name for path in data_dir.iterdir()}

    report = wipe_database(database)
    assert {path.name for path in report.removed} == present - {"escale.ini", "foyers.xlsx"}
    assert sorted(path.name for path in data_dir.iterdir()) == ["escale.ini", "foyers.xlsx"]
    with pytest.raises(WipedError, match="effacées"), database.engine.connect():
        pass
    assert not database_path(data_dir).exists()  # nothing opened it again
