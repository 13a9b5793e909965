"""Real network peers that misbehave on purpose, for the client's error handling.

Each is a TCP server on a free loopback port, in a thread, that reads the
request and then does one bad thing: hang up, answer garbage, answer an error
status, or wait past the client's timeout. They record what they received,
so tests can check the headers and the gzip body the client sent.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Received:
    request_line: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        raw = self.body
        if self.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        return json.loads(raw)


@dataclass
class Behaviour:
    """What the peer does once it has read a request."""

    kind: str  # "hang-up", "raw", "status", "slow"
    status: int = 200
    body: bytes = b""
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        request_line = self.rfile.readline().decode("latin-1").strip()
        headers = {}
        while (line := self.rfile.readline().decode("latin-1").strip()) != "":
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = self.rfile.read(int(headers.get("content-length", 0)))
        behaviour = self.server.behaviour
        behaviour.received.append(Received(request_line, headers, body))
        if behaviour.kind == "hang-up":
            return
        if behaviour.kind == "slow":
            time.sleep(behaviour.delay)
            return
        if behaviour.kind == "raw":
            self.wfile.write(behaviour.body)
            return
        reason = "Whatever"
        self.wfile.write(
            f"HTTP/1.1 {behaviour.status} {reason}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(behaviour.body)}\r\nConnection: close\r\n\r\n".encode()
            + behaviour.body
        )


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    behaviour: Behaviour


@contextlib.contextmanager
def misbehaving_peer(behaviour: Behaviour) -> Iterator[str]:
    """Serve ``behaviour`` on a free loopback port; yields the base URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.behaviour = behaviour
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """The URL of a loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def json_body(value: Any) -> bytes:
    return json.dumps(value).encode()
