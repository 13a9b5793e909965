"""HTTP to the regional server: the protocol's three calls, and every failure in French.

Push bodies are gzip-compressed (a first sync sends thousands of records);
every request announces ``X-Escale-Protocol: 1``. Whatever goes wrong on the
wire or in the answer becomes a :class:`~desktop.sync.errors.SyncError`
before it reaches the engine, so the engine only decides whether to retry.
"""

from __future__ import annotations

import gzip
import json
import ssl
from functools import cache
from typing import Any

import httpx

from desktop import __version__
from desktop.sync import messages
from desktop.sync.errors import (
    ConnectionDroppedError,
    ForbiddenError,
    GarbageAnswerError,
    NotAuthenticatedError,
    RequestRefusedError,
    ServerBusyError,
    ServerTimeoutError,
    ServerUnreachableError,
    SyncError,
    UpgradeRequiredError,
)

PROTOCOL_HEADER = "X-Escale-Protocol"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class Transport:
    """One server, one officer's token; a thin, typed layer over ``httpx.Client``."""

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        headers = {
            PROTOCOL_HEADER: str(messages.PROTOCOL),
            "User-Agent": f"Escale/{__version__}",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=self.server_url, headers=headers, timeout=timeout, verify=_tls_context()
        )

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def login(self, email: str, password: str, device_id: str, device_name: str) -> dict[str, Any]:
        """``POST /auth/v1/login``; ``desktop.sync.account`` checks the answer."""
        body = {
            "email": email,
            "password": password,
            "device_id": device_id,
            "device_name": device_name,
        }
        return self._request("POST", "/auth/v1/login", json_body=body)

    def push(self, device_id: str, changes: list[dict[str, Any]]) -> messages.PushAnswer:
        body = {"protocol": messages.PROTOCOL, "device_id": device_id, "changes": changes}
        return messages.parse_push(
            self._request("POST", "/sync/v1/push", json_body=body, gzip_body=True)
        )

    def pull(self, cursor: int, limit: int, territory: str | None = None) -> messages.PullPage:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if territory is not None:
            params["territory"] = territory
        return messages.parse_pull(self._request("GET", "/sync/v1/pull", params=params))

    def send_audit(self, device_id: str, entries: list[dict[str, Any]]) -> Any:
        """``POST /audit/v1/entries``; ``desktop.audit.upload`` checks the answer."""
        body = {"protocol": messages.PROTOCOL, "device_id": device_id, "entries": entries}
        return self._request("POST", "/audit/v1/entries", json_body=body, gzip_body=True)

    def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        gzip_body: bool = False,
    ) -> Any:
        headers = {}
        content = None
        if json_body is not None:
            content = json.dumps(json_body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
            if gzip_body:
                content = gzip.compress(content, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self._client.request(
                method, path, content=content, params=params, headers=headers
            )
        except httpx.TimeoutException as error:
            raise ServerTimeoutError() from error
        except httpx.ConnectError as error:
            raise ServerUnreachableError(self.server_url) from error
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
            raise ConnectionDroppedError() from error
        except httpx.TransportError as error:
            raise ServerUnreachableError(self.server_url) from error
        return _answer(response)


@cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: loading the certificate authorities takes 25 ms a client."""
    return httpx.create_ssl_context()


def _answer(response: httpx.Response) -> Any:
    """The JSON body of a successful answer, or the matching :class:`SyncError`."""
    if response.status_code == 426:
        raise UpgradeRequiredError()
    if response.status_code >= 400:
        raise _failure(response)
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise GarbageAnswerError(f"réponse {response.status_code} qui n'est pas du JSON") from error


def _failure(response: httpx.Response) -> SyncError:
    detail = _detail(response)
    status = response.status_code
    if status == 401:
        return NotAuthenticatedError(detail)
    if status == 403:
        return ForbiddenError(detail)
    if status == 429 or status >= 500:
        return ServerBusyError(status)
    return RequestRefusedError(status, detail)


def _detail(response: httpx.Response) -> str | None:
    """The server's French ``detail``, when it sent one we can show."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    detail = body.get("detail") if isinstance(body, dict) else None
    return detail if isinstance(detail, str) and detail.strip() else None
