"""Errors the server's users cause, each with a French message and its HTTP status.

Service code raises these whether it runs under the API or the command line;
the app turns them into ``{"detail": …}`` answers, the CLI into exit status 2.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the caller can fix; ``str(error)`` is the French explanation."""

    status_code = 422
    code: str | None = None
    """A stable machine-readable ``code`` sent beside ``detail`` when the client must act on it."""

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers


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


class DeviceWipedError(UserError):
    """The device was reported lost: whatever it sends, it is told to wipe its local data."""

    status_code = 410
    code = "device_wiped"


class TooManyAttemptsError(UserError):
    """Too many failed logins lately; ``Retry-After`` says when to try again."""

    status_code = 429

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


OUTDATED_PROTOCOL = (
    "Cette version d'Escale est trop ancienne pour le serveur régional : mettez à jour Escale."
)
OUT_OF_SCOPE = "Ce foyer est hors de votre territoire."
DEVICE_WIPED = (
    "Ce poste a été déclaré perdu : ses données locales doivent être effacées. "
    "Reconnectez-vous depuis un autre poste."
)
