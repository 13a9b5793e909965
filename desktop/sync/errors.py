"""Why a sync stopped, in words for the officer.

Every failure the network or the server can cause becomes a :class:`SyncError`
with a French message the status indicator and ``escale sync`` show as is.
``retryable`` ones (no route, timeout, cut connection, server overloaded) are
tried again with backoff; the others stop the sync at once. None of them
leaves a half-applied page: the engine commits a page only once it is whole.
"""

from __future__ import annotations

from desktop.errors import UserFacingError
from desktop.i18n import translate


class SyncError(UserFacingError):
    """The sync could not go on; data and outbox are as the last committed page left them."""

    retryable = False


class ServerUnreachableError(SyncError):
    retryable = True

    def __init__(self, server_url: str) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le serveur régional ({url}) est injoignable. Vérifiez la connexion à "
                "Internet ; vos modifications restent sur ce poste et partiront à la "
                "prochaine synchronisation.",
            ).format(url=server_url)
        )


class ServerTimeoutError(SyncError):
    retryable = True

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le serveur régional ne répond pas à temps. Vos modifications restent sur ce "
                "poste ; réessayez dans quelques minutes.",
            )
        )


class ConnectionDroppedError(SyncError):
    retryable = True

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "La connexion au serveur régional a été coupée en cours d'échange. Rien n'a été "
                "perdu ; la synchronisation reprendra là où elle s'est arrêtée.",
            )
        )


class ServerBusyError(SyncError):
    retryable = True

    def __init__(self, status: int) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le serveur régional est indisponible pour le moment (erreur {status}). "
                "Vos modifications restent sur ce poste ; réessayez plus tard.",
            ).format(status=status)
        )


class GarbageAnswerError(SyncError):
    def __init__(self, what: str) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le serveur a répondu de façon incompréhensible ({what}). Rien n'a été modifié "
                "sur ce poste. Vérifiez l'adresse du serveur ; si elle est juste, prévenez "
                "l'assistance.",
            ).format(what=what)
        )


class UpgradeRequiredError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "Cette version d'Escale est trop ancienne pour le serveur régional : mettez à "
                "jour Escale. Vos modifications restent sur ce poste en attendant.",
            )
        )


class NotAuthenticatedError(SyncError):
    def __init__(self, detail: str | None = None) -> None:
        super().__init__(
            detail
            or translate(
                "Sync",
                "Le serveur ne reconnaît pas ce poste (connexion expirée ou absente). "
                "Reconnectez-vous avec votre adresse e-mail et votre mot de passe.",
            )
        )


class ForbiddenError(SyncError):
    def __init__(self, detail: str | None = None) -> None:
        super().__init__(
            detail
            or translate(
                "Sync",
                "Le serveur refuse l'accès : votre compte a peut-être été désactivé ou ce "
                "territoire n'est pas le vôtre. Contactez votre responsable.",
            )
        )


class RequestRefusedError(SyncError):
    def __init__(self, status: int, detail: str | None) -> None:
        super().__init__(
            translate("Sync", "Le serveur a refusé la demande (erreur {status}) : {detail}").format(
                status=status, detail=detail or translate("Sync", "sans explication")
            )
        )


class NotLoggedInError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "Ce poste n'est relié à aucun serveur régional. Connectez-vous d'abord : "
                "« escale login --server ADRESSE --email VOTRE_EMAIL --password-stdin ».",
            )
        )
