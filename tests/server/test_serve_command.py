"""``escale-server`` as an officer's administrator runs it: real processes, real HTTP."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server import throttle
from server.cli import main
from tests.real_server import free_port
from tests.server.conftest import INTAKE_KEY
from tests.server.helpers import NEVERS, PASSWORD, PROTOCOL, Device, new_household

COMMAND = [str(Path(sys.executable).parent / "escale-server")]


def escale_server(*arguments: str, password: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*COMMAND, *arguments],
        input=password,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@contextlib.contextmanager
def serving(database_url: str, *arguments: str) -> Iterator[str]:
    """``escale-server serve`` with ``arguments`` on a free port, while the block runs."""
    port = free_port()
    process = subprocess.Popen(
        [*COMMAND, "serve", "--db", database_url, "--port", str(port), *arguments],
        env={**os.environ, "ESCALE_INTAKE_KEY": INTAKE_KEY},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"escale-server n'a pas démarré : {process.communicate()[1]}")
        time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def served(database_url: str) -> Iterator[str]:
    """``escale-server serve`` with two workers on a free port, until the test ends."""
    with serving(database_url, "--workers", "2") as url:
        yield url


def test_officer_commands_explain_user_errors_in_french(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process, for speed: the served test below runs the same commands as processes."""

    def run(*arguments: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        status = main([*arguments, "--db", database_url])
        out, err = capsys.readouterr()
        return status, out, err

    add = ("officer", "add", "ana@nievre.fr", "--name", "Ana", "--password-stdin")
    status, out, _ = run(*add, "--territory", "58", "--territory", NEVERS)
    assert status == 0 and "Ana" in out
    status, _, err = run(*add, "--territory", "999")
    assert status == 2 and "Territoire inconnu : « 999 »" in err
    status, _, err = run(*add, "--territory", "58")
    assert status == 2 and "existe déjà" in err
    status, _, err = run("officer", "revoke", "personne@nievre.fr")
    assert status == 2 and "Aucun chargé d'accueil" in err
    status, out, _ = run("territories", "load")
    assert status == 0 and "territoires chargés" in out


def test_the_served_server_syncs_and_revokes(database_url: str, served: str) -> None:
    added = escale_server("officer", "add", "ana@nievre.fr", "--name", "Ana", "--territory",
                          "58", "--password-stdin", "--db", database_url,
                          password=PASSWORD + "\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    with httpx.Client(base_url=served, timeout=30) as http:
        assert http.get("/openapi.json").json()["info"]["title"] == "Escale — serveur régional"
        ana = Device.login(http, "ana@nievre.fr")
        household_id, changes = new_household(ana, NEVERS)
        for _ in range(3):  # several requests, whichever worker answers
            assert {r["status"] for r in ana.push_ok(*changes)} <= {"applied", "duplicate"}
        assert ("household", household_id) in ana.pull_all()["records"]
        revoked = escale_server("officer", "revoke", "ana@nievre.fr", "--db", database_url)
        assert revoked.returncode == 0, revoked.stderr
        assert ana.pull().status_code == 403


@pytest.mark.parametrize(
    ("proxies", "colleague"),
    [
        ("127.0.0.1/32", 401),  # the proxy is trusted: each officer is counted apart
        ("192.0.2.1", 429),  # another machine is: X-Forwarded-For is ignored, one address
    ],
)
def test_behind_a_proxy_failed_logins_count_from_the_address_it_gives(
    sqlite_template: Path, tmp_path: Path, proxies: str, colleague: int
) -> None:
    path = tmp_path / "server.db"
    shutil.copy2(sqlite_template, path)
    with (
        serving(f"sqlite:///{path}", "--forwarded-allow-ips", proxies) as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):

        def login(email: str, client: str) -> int:
            body = {
                "email": email,
                "password": "mauvais",
                "device_id": uuid.uuid4().hex,
                "device_name": "portable",
            }
            headers = {**PROTOCOL, "X-Forwarded-For": client}
            return http.post("/auth/v1/login", headers=headers, json=body).status_code

        guesses = [
            login(f"devine{index}@nievre.fr", "203.0.113.7")
            for index in range(throttle.MAX_FAILURES_PER_ADDRESS)
        ]
        assert guesses == [401] * throttle.MAX_FAILURES_PER_ADDRESS
        assert login("encore@nievre.fr", "203.0.113.7") == 429
        assert login("ana@nievre.fr", "203.0.113.8") == colleague


def test_a_proxy_that_is_no_address_is_refused_in_french(
    sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        ["serve", "--db", f"sqlite:///{sqlite_template}", "--forwarded-allow-ips", "proxy.local"]
    )
    assert status != 0
    error = capsys.readouterr().err
    assert "« proxy.local » n'est ni une adresse IP ni un réseau" in error
    assert "10.0.0.0/24" in error
