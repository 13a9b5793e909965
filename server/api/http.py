"""What every request goes through: body size and gzip, protocol version, errors in French.

Bodies are read by :class:`BoundedRoute` with a hard limit, compressed or not,
so an oversized or gzip-bomb body is refused (413) before any parsing. A body
that is not UTF-8, or any text with a NUL character (which PostgreSQL cannot
store), is refused (422) there too, before it reaches a query.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.types import Receive, Scope

from server import PROTOCOL_VERSION
from server.config import MAX_BODY_BYTES
from server.errors import OUTDATED_PROTOCOL, TooLargeError, UserError

PROTOCOL_HEADER = "X-Escale-Protocol"
TOO_LARGE = "Requête trop volumineuse : envoyez moins de modifications à la fois."
NOT_UTF8 = "Corps de la requête illisible : envoyez du JSON encodé en UTF-8."
NUL_CHARACTER = "Caractère nul (U+0000) refusé : retirez-le du texte envoyé."
_ESCAPED_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
"""``\u0000`` in JSON text, unless its backslash is itself escaped."""


class _BodyRequest(Request):
    """The request with its body already read, and parsed when it is JSON.

    Parsing here, with the non-standard ``NaN`` and ``Infinity`` refused (no
    database's JSON can hold them), leaves FastAPI the parsed value: the body is
    parsed once. Invalid JSON is left to FastAPI (a French 422, or 400 for a
    number too long to read).
    """

    def __init__(self, scope: Scope, receive: Receive, body: bytes) -> None:
        super().__init__(scope, receive)
        self._body = body
        content_type = self.headers.get("content-type", "application/json").lower()
        if body and "json" in content_type:
            with contextlib.suppress(ValueError):  # JSONDecodeError, or 5,000 digits
                self._json = json.loads(
                    body, parse_constant=_refuse_number, parse_float=_finite_float
                )


def _refuse_number(text: str) -> Any:
    raise UserError(f"Valeur « {text} » refusée : le JSON n'accepte que des nombres finis.")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        _refuse_number(text)
    return value


async def _read_bounded(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise TooLargeError(TOO_LARGE)
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise TooLargeError(TOO_LARGE)
        chunks.append(chunk)
    body = b"".join(chunks)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "gzip" and body:
        return _checked_text(_gunzip(body))
    if encoding not in {"identity", "gzip", ""}:
        raise UserError(f"Encodage « {encoding} » non pris en charge : envoyez du JSON ou du gzip.")
    return _checked_text(body)


def _checked_text(body: bytes) -> bytes:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(NOT_UTF8) from None
    if b"\x00" in body or _ESCAPED_NUL.search(body):
        raise UserError(NUL_CHARACTER)
    return body


def _gunzip(body: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(body, MAX_BODY_BYTES + 1)
    except zlib.error:
        raise UserError("Corps gzip illisible.") from None
    if len(data) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        raise TooLargeError(TOO_LARGE)
    return data


class BoundedRoute(APIRoute):
    """A route whose body is size-limited and gunzipped before FastAPI parses it."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def bounded(request: Request) -> Response:
            if "\x00" in request.scope["path"] or b"%00" in request.scope["query_string"]:
                raise UserError(NUL_CHARACTER)
            if request.method in {"POST", "PUT", "PATCH"}:
                body = await _read_bounded(request)
                request = _BodyRequest(request.scope, request.receive, body)
            return await handler(request)

        return bounded


async def check_protocol(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Refuse (426) a client that does not announce this server's protocol version."""
    if request.url.path.startswith(("/sync/", "/auth/")):
        announced = request.headers.get(PROTOCOL_HEADER)
        if announced != str(PROTOCOL_VERSION):
            return JSONResponse({"detail": OUTDATED_PROTOCOL}, status_code=426)
    return await call_next(request)


async def on_user_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, UserError)
    body = {"detail": error.detail}
    if error.code is not None:
        body["code"] = error.code
    return JSONResponse(body, status_code=error.status_code, headers=error.headers)


_HTTP_MESSAGES = {
    400: "Requête illisible : envoyez du JSON valide.",
    404: "Adresse inconnue sur le serveur régional : vérifiez l'adresse demandée.",
    405: "Méthode non permise pour cette adresse du serveur régional.",
}


async def on_http_error(request: Request, error: Exception) -> Response:
    """Starlette's own refusals (unknown address, wrong method…) in French too."""
    assert isinstance(error, HTTPException)
    detail = _HTTP_MESSAGES.get(
        error.status_code, f"Requête refusée par le serveur régional (erreur {error.status_code})."
    )
    return JSONResponse({"detail": detail}, status_code=error.status_code, headers=error.headers)


_MESSAGES = {
    "missing": "champ obligatoire absent",
    "json_invalid": "le corps de la requête n'est pas du JSON valide",
    "string_type": "doit être un texte",
    "int_type": "doit être un nombre entier",
    "int_parsing": "doit être un nombre entier",
    "bool_type": "doit être vrai ou faux",
    "bool_parsing": "doit être vrai ou faux",
    "dict_type": "doit être un objet JSON",
    "list_type": "doit être une liste",
    "model_attributes_type": "doit être un objet JSON",
    "string_too_long": "texte trop long",
    "string_too_short": "ne peut pas être vide",
    "string_pattern_mismatch": "format invalide",
    "greater_than_equal": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
    "literal_error": "valeur non reconnue",
}


def _describe(error: dict[str, Any]) -> str:
    location = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    message = _MESSAGES.get(str(error.get("type")), "valeur invalide")
    return f"{location} : {message}" if location else message


async def on_validation_error(request: Request, error: Exception) -> Response:
    """422 with a French reason; FastAPI's default answer is in English."""
    assert isinstance(error, RequestValidationError)
    problems = [_describe(dict(problem)) for problem in error.errors()[:5]]
    return JSONResponse(
        {"detail": "Requête invalide : " + " ; ".join(problems) + "."}, status_code=422
    )
