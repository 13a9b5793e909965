"""The regional server as tests meet it: ``escale-server serve`` in its own process.

It listens on a free loopback port over a SQLite file; officers are added with
``escale-server officer add`` as an administrator would.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

SERVER = Path(sys.executable).with_name("escale-server")
PASSWORD = "mot-de-passe-solide"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    db_url: str

    def add_officer(self, email: str, name: str, *territories: str) -> None:
        codes = [argument for code in territories for argument in ("--territory", code)]
        subprocess.run(
            [
                str(SERVER),
                "officer",
                "add",
                email,
                "--name",
                name,
                *codes,
                "--password-stdin",
                "--db",
                self.db_url,
            ],
            input=PASSWORD + "\n",
            text=True,
            check=True,
            capture_output=True,
            timeout=120,
        )


def start_server(db_url: str, port: int) -> subprocess.Popen[bytes]:
    """``escale-server serve`` on ``port`` over ``db_url``, once it answers."""
    process = subprocess.Popen(
        [str(SERVER), "serve", "--db", db_url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            assert process.stderr is not None
            raise RuntimeError(f"escale-server did not start: {process.stderr.read()!r}")
        time.sleep(0.1)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    port = free_port()
    process = start_server(db_url, port)
    try:
        yield Server(f"http://127.0.0.1:{port}", db_url)
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def served_in_thread(database_url: str) -> Iterator[str]:
    """The server app over ``database_url``, run by uvicorn in a thread; yields its base URL.

    Cheaper than a process when a test needs many servers (one per hypothesis example).
    """
    from server.app import create_app

    app = create_app(database_url)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("le serveur de test n'a pas démarré")
        time.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.engine.dispose()
