"""The ``escale`` command's headless behaviour."""

from __future__ import annotations

import io
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.errors import DatabaseOpenError
from desktop.paths import database_path
from desktop.storage import open_database
from desktop.storage.encryption import SQLITE_HEADER
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.usefixtures("escale_passphrase")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        main(["--version"])
    assert finished.value.code == 0
    assert capsys.readouterr().out.strip() == f"Escale {__version__}"


def test_python_dash_m_desktop_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "demo" in result.stdout
    assert "chargés d'accueil" in result.stdout


def test_a_bad_data_folder_gives_a_french_message_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    status = main(["demo", "--data-dir", str(blocker / "donnees"), "--households", "3"])
    assert status == 2
    assert "Impossible de créer le dossier de données" in capsys.readouterr().err


def test_a_garbage_database_is_refused_by_headless_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "escale.db"
    database.write_bytes(b"\x00garbage" * 500)
    before = database.read_bytes()
    status = main(["demo", "--data-dir", str(tmp_path), "--households", "3"])
    assert status == 2
    assert "n'est pas une base de données Escale" in capsys.readouterr().err
    assert database.read_bytes() == before


def test_households_must_be_positive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data-dir", str(tmp_path), "--households", "0"]) == 2
    assert "supérieur à 0" in capsys.readouterr().err


@pytest.mark.parametrize("before", [True, False])
def test_data_dir_is_taken_before_or_after_the_sub_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], before: bool
) -> None:
    target = tmp_path / "garbage"
    target.mkdir()
    (target / "escale.db").write_bytes(b"\x00garbage" * 500)
    option = ["--data-dir", str(target)]
    command = ["demo", "--households", "3"]
    argv = option + command if before else command + option
    assert main(argv) == 2
    assert str(target / "escale.db") in capsys.readouterr().err


def test_sync_before_login_says_how_to_log_in(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--data-dir", str(data_dir)]) == 2
    assert "escale login --server" in capsys.readouterr().err


def test_sync_with_the_server_unreachable_fails_with_status_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.sync import state
    from tests.sync.peers import closed_port_url

    database = open_database(database_path(data_dir), TEST_PASSPHRASE)
    with database.engine.begin() as connection:
        state.store_account(
            connection,
            state.Account(
                server_url=closed_port_url(),
                officer_id=uuid.uuid4(),
                officer_name="Claire Martin",
                officer_email="claire@example.fr",
                token="jeton",
                expires_at="2026-12-25T00:00:00Z",
            ),
        )
    database.close()
    assert main(["sync", "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    assert "Envoyées : 0" in captured.out
    assert "injoignable" in captured.err


def test_login_reads_the_password_from_stdin(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.peers import closed_port_url

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    argv = ["login", "--data-dir", str(data_dir), "--server", closed_port_url()]
    assert main([*argv, "--email", "claire@example.fr", "--password-stdin"]) == 2
    assert "Aucun mot de passe" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    assert main([*argv, "--email", "claire@example.fr", "--password-stdin"]) == 2
    assert "injoignable" in capsys.readouterr().err


def test_a_missing_passphrase_says_how_to_give_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCALE_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = database_path(data_dir).read_bytes()
    for argv in (
        ["sync"],
        ["stats"],
        ["demo", "--households", "3"],
        ["sync", "--passphrase-stdin"],
    ):
        assert main([*argv, "--data-dir", str(data_dir)]) == 2
        error = capsys.readouterr().err
        assert "--passphrase-stdin" in error and "ESCALE_PASSPHRASE" in error
    assert database_path(data_dir).read_bytes() == before


def test_the_passphrase_from_stdin_encrypts_then_opens_the_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCALE_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO("ma phrase secrète\n"))
    assert main(["stats", "--data-dir", str(data_dir), "--passphrase-stdin", "--json"]) == 0
    assert '"households": 0' in capsys.readouterr().out
    assert not database_path(data_dir).read_bytes().startswith(SQLITE_HEADER)

    monkeypatch.setattr("sys.stdin", io.StringIO("pas la bonne phrase\n"))
    before = database_path(data_dir).read_bytes()
    assert main(["stats", "--data-dir", str(data_dir), "--passphrase-stdin", "--json"]) == 2
    assert "Phrase secrète incorrecte" in capsys.readouterr().err
    assert database_path(data_dir).read_bytes() == before

    monkeypatch.setenv("ESCALE_PASSPHRASE", "ma phrase secrète")
    assert main(["stats", "--data-dir", str(data_dir), "--json"]) == 0
    assert '"households": 0' in capsys.readouterr().out


def test_login_reads_the_passphrase_then_the_password_from_stdin(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.peers import closed_port_url

    monkeypatch.delenv("ESCALE_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSPHRASE}\nsecret\n"))
    argv = ["login", "--data-dir", str(data_dir), "--server", closed_port_url()]
    argv += ["--email", "claire@example.fr", "--password-stdin", "--passphrase-stdin"]
    assert main(argv) == 2
    assert "injoignable" in capsys.readouterr().err  # both lines read: it got as far as the server
    open_database(database_path(data_dir), TEST_PASSPHRASE).close()


def test_an_escale_process_reads_the_passphrase_from_its_environment(data_dir: Path) -> None:
    escale = Path(sys.executable).with_name("escale")
    result = subprocess.run(
        [str(escale), "stats", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Inscrits" in result.stdout
    with pytest.raises(DatabaseOpenError, match="Phrase secrète incorrecte"):
        open_database(database_path(data_dir), "une autre phrase secrète")


def test_the_passphrase_option_may_come_before_the_sub_command(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ESCALE_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSPHRASE}\n"))
    assert main(["--passphrase-stdin", "stats", "--data-dir", str(data_dir), "--json"]) == 0
    assert '"households": 0' in capsys.readouterr().out
