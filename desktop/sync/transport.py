"""HTTP to the regional server: the protocol's three calls, and every failure in French.

Push bodies are gzip-compressed (a first sync sends thousands of records);
every request announces ``X-Escale-Protocol: 1``. Whatever goes wrong on the
wire or in the answer becomes a :class:`~desktop.sync.errors.SyncError`
before it reaches the engine, so the engine only decides whether to retry.

A password and a token travel only over TLS: ``http://`` is refused unless the
server is this very machine (tests, a local server). Certificates are verified
against the system's authorities, or against a region's own authority file
given as ``ca_bundle`` or in ``ESCALE_CA_BUNDLE``.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import os
import ssl
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from desktop import __version__
from desktop.sync import messages
from desktop.sync.errors import (
    CaBundleError,
    CertificateRejectedError,
    ConnectionDroppedError,
    DeviceWipedError,
    ForbiddenError,
    GarbageAnswerError,
    InsecureServerError,
    NotAuthenticatedError,
    RequestRefusedError,
    ServerBusyError,
    ServerTimeoutError,
    ServerUnreachableError,
    SyncError,
    ThrottledError,
    UpgradeRequiredError,
)

PROTOCOL_HEADER = "X-Escale-Protocol"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
CA_BUNDLE_ENV = "ESCALE_CA_BUNDLE"
"""A PEM file of the certificate authorities to trust instead of the system's."""
DEVICE_WIPED = "device_wiped"


class Transport:
    """One server, one officer's token; a thin, typed layer over ``httpx.Client``.

    Raises:
        InsecureServerError: ``http://`` to another machine, or no ``https://`` at all.
        CaBundleError: the certificate authority file cannot be read.
    """

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        ca_bundle: str | Path | None = None,
    ) -> None:
        self.server_url = check_server_url(server_url)
        headers = {
            PROTOCOL_HEADER: str(messages.PROTOCOL),
            "User-Agent": f"Escale/{__version__}",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        bundle = ca_bundle or os.environ.get(CA_BUNDLE_ENV) or None
        self._client = httpx.Client(
            base_url=self.server_url,
            headers=headers,
            timeout=timeout,
            verify=tls_context(str(bundle) if bundle else None),
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
            refusal = _certificate_refusal(error)
            if refusal is not None:
                raise CertificateRejectedError(self.server_url, refusal) from error
            raise ServerUnreachableError(self.server_url) from error
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
            raise ConnectionDroppedError() from error
        except httpx.TransportError as error:
            raise ServerUnreachableError(self.server_url) from error
        return _answer(response)


LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def check_server_url(server_url: str) -> str:
    """``server_url`` without trailing slash, if ``https://`` (or ``http://`` to loopback)."""
    cleaned = server_url.strip().rstrip("/")
    try:
        url = httpx.URL(cleaned)
    except httpx.InvalidURL:
        raise InsecureServerError(server_url) from None
    if not url.host or url.scheme not in {"https", "http"}:
        raise InsecureServerError(server_url)
    if url.scheme == "http" and not _is_loopback(url.host):
        raise InsecureServerError(server_url)
    return cleaned


def _is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """The verifying TLS context: the system's authorities, or only those of ``ca_bundle``."""
    if ca_bundle is None:
        return _default_tls_context()
    path = Path(ca_bundle).expanduser()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as error:
        raise CaBundleError(str(path), error.strerror or str(error)) from error
    return _bundle_tls_context(str(path), stamp)


@cache
def _default_tls_context() -> ssl.SSLContext:
    """One TLS context per process: loading the certificate authorities takes 25 ms a client."""
    return httpx.create_ssl_context()


@cache
def _bundle_tls_context(path: str, _stamp: int) -> ssl.SSLContext:
    """Kept per file and modification time: a renewed authority file is read again."""
    try:
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or str(error)
        raise CaBundleError(path, str(reason)) from error


def _certificate_refusal(error: BaseException) -> str | None:
    """Why TLS verification failed, when that is what cut the connection."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen.reason or seen)
        if isinstance(seen, ssl.SSLError):
            return str(seen.reason or seen)
        seen = seen.__cause__ or seen.__context__
    return None


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
    if status == 410 and _code(response) == DEVICE_WIPED:
        return DeviceWipedError()
    if status == 429 and detail is not None:
        retry_after = response.headers.get("retry-after", "")
        return ThrottledError(detail, int(retry_after) if retry_after.isdigit() else None)
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


def _code(response: httpx.Response) -> str | None:
    """The server's machine-readable ``code``, for the answers the client must act on."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else None
