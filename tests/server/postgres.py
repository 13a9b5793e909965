"""A throwaway PostgreSQL cluster for the server tests, as ../shared/ENVIRONMENT.md shows.

``initdb`` and ``pg_ctl`` refuse to run as root, so they run as the ``postgres``
user through ``runuser``; the cluster lives in a temp dir, trusts local
connections, listens on loopback only and runs without fsync.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.real_server import free_port


class PostgresUnavailableError(RuntimeError):
    pass


def postgres_bin() -> Path:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if not candidates:
        raise PostgresUnavailableError(
            "PostgreSQL est introuvable (/usr/lib/postgresql/*/bin/initdb) : "
            "installez le paquet Debian « postgresql » (make test le fait)."
        )
    return candidates[0].parent


def _as_postgres(*command: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(
                str(self.bin / "pg_ctl"), "-D", str(self.folder), "-m", "immediate", "stop"
            ),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + pg_ctl start in a fresh temp dir; about 1.5 s."""
    pg_bin = postgres_bin()
    folder = Path(tempfile.mkdtemp(prefix="escale-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()
    steps = [
        [str(pg_bin / "initdb"), "-D", str(folder), "-U", "postgres", "-A", "trust",
         "-E", "UTF8", "--locale=C.UTF-8"],
        [str(pg_bin / "pg_ctl"), "-D", str(folder), "-o",
         f"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off "
         "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
         "-l", str(folder / "server.log"), "-w", "start"],
    ]  # fmt: skip
    for step in steps:
        result = subprocess.run(
            _as_postgres(*step), capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            log = folder / "server.log"
            details = log.read_text() if log.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise PostgresUnavailableError(
                f"PostgreSQL n'a pas démarré ({step[0]}) :\n{result.stdout}{result.stderr}{details}"
            )
    return Cluster(folder, port, pg_bin)
