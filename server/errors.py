"""Errors the server's users cause, each with a French message and its HTTP status.

Service code raises these whether it runs under the API or the command line;
the app turns them into ``{"detail": …}`` answers, the CLI into exit status 2.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the caller can fix; ``str(error)`` is the French explanation."""

    status_code = 422

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class UnauthenticatedError(UserError):
    status_code = 401


class ForbiddenError(UserError):
    status_code = 403


class NotFoundError(UserError):
    status_code = 404


class TooLargeError(UserError):
    status_code = 413


class InvalidError(UserError):
    status_code = 422


class OutdatedProtocolError(UserError):
    status_code = 426


OUTDATED_PROTOCOL = (
    "Cette version d'Escale est trop ancienne pour le serveur régional : mettez à jour Escale."
)
OUT_OF_SCOPE = "Ce foyer est hors de votre territoire."
