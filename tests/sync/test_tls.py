"""TLS with a region's own PKI: a throwaway authority, a server certificate, real uvicorn over TLS.

The certificates are made by the ``openssl`` command in the test; the server is
the real app served with TLS on 127.0.0.1. The device refuses the server until
it is given the authority's file, then logs in and syncs through it.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from desktop.storage import Database
from desktop.sync import state
from desktop.sync.account import login, stored_ca_bundle
from desktop.sync.errors import (
    CaBundleError,
    CertificateRejectedError,
    NotAuthenticatedError,
    ServerUnreachableError,
    ThrottledError,
)
from desktop.sync.run import sync_logged_in
from desktop.sync.transport import CA_BUNDLE_ENV, Transport
from server.app import create_app
from tests.real_server import PASSWORD, free_port
from tests.sync.live import cheap_password_hashes, make_server_template, officer


@dataclass(frozen=True)
class Pki:
    authority: Path
    other_authority: Path
    certificate: Path
    key: Path


def _openssl(folder: Path, *arguments: str) -> None:
    subprocess.run(["openssl", *arguments], cwd=folder, check=True, capture_output=True, timeout=60)


def _authority(folder: Path, name: str) -> Path:
    _openssl(folder, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "2",
             "-subj", f"/CN=Autorite de test {name}",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
    return folder / f"{name}.pem"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    if shutil.which("openssl") is None:
        pytest.fail("la commande openssl est nécessaire à ce test (paquet Debian openssl)")
    folder = tmp_path_factory.mktemp("pki")
    authority = _authority(folder, "region")
    other = _authority(folder, "ailleurs")
    _openssl(folder, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=localhost")  # fmt: skip
    (folder / "ext.cnf").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
    )
    _openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", "region.pem", "-CAkey",
             "region.key", "-CAcreateserial", "-out", "server.pem", "-days", "2",
             "-extfile", "ext.cnf")  # fmt: skip
    return Pki(authority, other, folder / "server.pem", folder / "server.key")


@pytest.fixture
def tls_server(tmp_path: Path, pki: Pki) -> Iterator[str]:
    """The real server app, over TLS with the region's certificate, on a free loopback port."""
    template = make_server_template(tmp_path)
    database_url = f"sqlite:///{template}"
    with cheap_password_hashes():
        officer(database_url, "claire@example.fr", "58", name="Claire Martin")
        app = create_app(database_url)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                           ssl_certfile=str(pki.certificate), ssl_keyfile=str(pki.key))
        )  # fmt: skip
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "serveur TLS non démarré"
            time.sleep(0.01)
        try:
            yield f"https://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            app.state.engine.dispose()


def test_an_unknown_authority_is_refused_in_french(
    tls_server: str, pki: Pki, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CA_BUNDLE_ENV, raising=False)
    for bundle in (None, pki.other_authority):  # the system's authorities, another region's
        with pytest.raises(CertificateRejectedError) as caught:
            login(database.engine, tls_server, "claire@example.fr", PASSWORD, ca_bundle=bundle)
        message = caught.value.message
        assert "certificat du serveur régional" in message and "ESCALE_CA_BUNDLE" in message
        assert not caught.value.retryable
    with database.engine.connect() as connection:
        assert state.account(connection) is None  # nothing kept from a refused server


def test_the_regions_authority_is_trusted_at_login_and_kept_for_the_syncs(
    tls_server: str, pki: Pki, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CA_BUNDLE_ENV, raising=False)
    with cheap_password_hashes():
        account = login(
            database.engine, tls_server, "claire@example.fr", PASSWORD, ca_bundle=pki.authority
        )
    assert account.officer_name == "Claire Martin"
    with database.engine.connect() as connection:
        assert stored_ca_bundle(connection) == str(pki.authority)
    report = sync_logged_in(database)
    assert report.error is None and report.pulled >= 2  # the officer and their territory


def test_the_authority_can_come_from_the_environment(
    tls_server: str, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CA_BUNDLE_ENV, str(pki.authority))
    with cheap_password_hashes(), Transport(tls_server) as transport:
        answer = transport.login("claire@example.fr", PASSWORD, "a" * 32, "portable")
    assert answer["officer"]["name"] == "Claire Martin"
    with Transport(tls_server) as transport:  # and failed logins are throttled, in French
        for _ in range(5):
            with pytest.raises(NotAuthenticatedError, match="incorrect"):
                transport.login("claire@example.fr", "mauvais", "a" * 32, "portable")
        with pytest.raises(ThrottledError) as caught:
            transport.login("claire@example.fr", PASSWORD, "a" * 32, "portable")
    assert "Trop de tentatives" in caught.value.message
    assert caught.value.retry_after is not None and caught.value.retry_after > 800


def test_an_unreadable_authority_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "absente.pem"
    with pytest.raises(CaBundleError) as caught:
        Transport("https://escale.region.fr", ca_bundle=missing)
    assert str(missing) in caught.value.message and "inutilisable" in caught.value.message
    garbage = tmp_path / "abime.pem"
    garbage.write_text("ceci n'est pas un certificat")
    with pytest.raises(CaBundleError):
        Transport("https://escale.region.fr", ca_bundle=garbage)


@pytest.fixture
def no_bundle_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CA_BUNDLE_ENV, raising=False)


@pytest.mark.usefixtures("no_bundle_in_environment")
def test_the_login_dialog_takes_the_regions_authority_file(
    qtbot, tls_server: str, pki: Pki, database: Database, data_dir: Path
) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.application import create_main_window
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.settings import open_settings
    from tests.ui.driving import type_in

    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    qtbot.addWidget(window)
    dialog = LoginDialog(window.sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.server, tls_server)
    type_in(qtbot, dialog.email, "claire@example.fr")
    type_in(qtbot, dialog.password, PASSWORD)
    with cheap_password_hashes():
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
        assert "certificat du serveur régional" in dialog.error.text()
        assert dialog.password.text() == PASSWORD  # nothing typed is lost
        type_in(qtbot, dialog.ca_bundle, str(pki.authority))
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert window.sync.ca_bundle() == str(pki.authority)
    qtbot.waitUntil(lambda: not window.sync.running(), timeout=30_000)  # the sync login starts
    assert window.sync.last_problem is None  # it went through the same authority
    again = LoginDialog(window.sync, window)  # offered again at the next login
    qtbot.addWidget(again)
    assert again.ca_bundle.text() == str(pki.authority)
    window.close()  # stops the workers the sync started (duplicates count) before they are freed


@pytest.mark.usefixtures("no_bundle_in_environment", "escale_passphrase")
def test_escale_login_takes_the_authority_and_escale_sync_keeps_using_it(
    tls_server: str, pki: Pki, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    import io

    from desktop.cli import main

    login_args = ["login", "--data-dir", str(data_dir), "--server", tls_server,
                  "--email", "claire@example.fr", "--password-stdin"]  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(login_args) == 2
    assert "certificat du serveur régional" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main([*login_args, "--ca-bundle", str(pki.authority)]) == 0
    assert "Claire Martin" in capsys.readouterr().out
    assert main(["sync", "--data-dir", str(data_dir)]) == 0
    assert "Reçues" in capsys.readouterr().out


def test_escale_server_serves_over_tls_with_the_regions_certificate(
    tmp_path: Path, pki: Pki, capsys: pytest.CaptureFixture[str]
) -> None:
    from server.cli import main as server_main
    from tests.real_server import SERVER

    database_url = f"sqlite:///{tmp_path / 'server.db'}"
    assert server_main(["serve", "--db", database_url, "--tls-cert", str(pki.certificate)]) == 2
    assert "--tls-cert et --tls-key" in capsys.readouterr().err
    subprocess.run(
        [str(SERVER), "officer", "add", "claire@example.fr", "--name", "Claire Martin",
         "--territory", "58", "--password-stdin", "--db", database_url],
        input=PASSWORD + "\n", text=True, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    port = free_port()
    process = subprocess.Popen(
        [str(SERVER), "serve", "--db", database_url, "--port", str(port),
         "--tls-cert", str(pki.certificate), "--tls-key", str(pki.key)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with Transport(url, ca_bundle=pki.authority) as transport:
                    answer = transport.login("claire@example.fr", PASSWORD, "a" * 32, "portable")
                break
            except ServerUnreachableError:
                assert process.poll() is None and time.monotonic() < deadline, "pas démarré"
                time.sleep(0.2)
        assert answer["officer"]["name"] == "Claire Martin"
        with (
            Transport(url, ca_bundle=pki.other_authority) as transport,
            pytest.raises(CertificateRejectedError),
        ):
            transport.login("claire@example.fr", PASSWORD, "a" * 32, "portable")
    finally:
        process.terminate()
        process.wait(timeout=30)
