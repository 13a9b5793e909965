"""A real TCP proxy between a client and the server that can hold or cut one exchange.

It reads each HTTP/1.1 request the client sends (head and ``Content-Length``
body), forwards it to the server on a fresh connection, reads the whole
answer, and passes it back; it keeps every request line, so tests can see
which cursor a pull asked for. A :class:`Hold` stops the n-th request to a
path *after the server answered it* (so the server has applied it) until the
test releases it, then either passes the answer on or cuts the client's
connection. Tests kill the client or the server while an exchange is held:
the point of the cut is chosen, not hoped for.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

HOLD_TIMEOUT = 60.0


@dataclass
class Hold:
    path: str
    occurrence: int
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    then: Literal["forward", "cut"] = "forward"

    def release(self, then: Literal["forward", "cut"]) -> None:
        self.then = then
        self.released.set()


def _read_message(stream: socket.socket, buffer: bytearray) -> bytes | None:
    """One HTTP message from ``stream`` (body by ``Content-Length`` or chunked); None at EOF.

    A gzipped answer comes chunked (the server compresses as it streams).
    """
    if not _fill(stream, buffer, lambda: b"\r\n\r\n" in buffer):
        return None
    head_end = buffer.index(b"\r\n\r\n") + 4
    length, chunked = 0, False
    for line in bytes(buffer[:head_end]).decode("latin-1").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    end = _chunked_end(stream, buffer, head_end) if chunked else head_end + length
    if end is None or not _fill(stream, buffer, lambda: len(buffer) >= end):
        return None
    message = bytes(buffer[:end])
    del buffer[:end]
    return message


def _fill(stream: socket.socket, buffer: bytearray, enough: Callable[[], bool]) -> bool:
    while not enough():
        chunk = stream.recv(65536)
        if not chunk:
            return False
        buffer += chunk
    return True


def _chunked_end(stream: socket.socket, buffer: bytearray, position: int) -> int | None:
    """Where a chunked body starting at ``position`` ends (after its last, empty chunk)."""
    while True:
        if not _fill(stream, buffer, lambda start=position: b"\r\n" in buffer[start:]):
            return None
        line_end = buffer.index(b"\r\n", position)
        size = int(bytes(buffer[position:line_end]).split(b";")[0], 16)
        position = line_end + 2 + size + 2
        if size == 0:
            return position


class Proxy:
    """Forwards ``127.0.0.1:port`` to the server at ``upstream_port``."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.requests: list[str] = []
        self.holds: list[Hold] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def hold(self, path: str, occurrence: int) -> Hold:
        """Hold the answer to the ``occurrence``-th request to ``path`` from now on."""
        with self._lock:
            self._counts[path] = 0
            hold = Hold(path, occurrence)
            self.holds.append(hold)
        return hold

    def close(self) -> None:
        self._listener.close()
        for hold in self.holds:
            hold.released.set()
        with self._lock:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        buffer = bytearray()
        with contextlib.closing(client):
            try:
                while (request := _read_message(client, buffer)) is not None:
                    answer = self._exchange(request)
                    if answer is None:
                        return  # cut: the client sees its connection dropped
                    client.sendall(answer)
            except OSError:
                return

    def _exchange(self, request: bytes) -> bytes | None:
        request_line = request.split(b"\r\n", 1)[0].decode("latin-1")
        path = request_line.split(" ")[1].split("?")[0]
        with self._lock:
            self.requests.append(request_line)
            self._counts[path] = self._counts.get(path, 0) + 1
            count = self._counts[path]
            hold = next((h for h in self.holds if h.path == path and h.occurrence == count), None)
        try:
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as server:
                server.sendall(request)
                answer = _read_message(server, bytearray())
        except OSError:
            answer = None
        if hold is not None:
            hold.reached.set()
            hold.released.wait(HOLD_TIMEOUT)
            if hold.then == "cut":
                return None
        return answer


@contextlib.contextmanager
def proxy_to(upstream_url: str) -> Iterator[Proxy]:
    proxy = Proxy(int(upstream_url.rsplit(":", 1)[1]))
    try:
        yield proxy
    finally:
        proxy.close()
