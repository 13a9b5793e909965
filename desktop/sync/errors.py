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


class ThrottledError(SyncError):
    """Too many failed logins: the server holds this account back for a while (429)."""

    def __init__(self, detail: str | None, retry_after: int | None) -> None:
        super().__init__(
            detail
            or translate(
                "Sync",
                "Trop de tentatives de connexion échouées : réessayez dans quelques minutes.",
            )
        )
        self.retry_after = retry_after


class DeviceWipedError(SyncError):
    """The administrator reported this device lost: its local data must be wiped now."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Sync",
                "Ce poste a été déclaré perdu auprès du serveur régional : ses données locales "
                "(dossiers, sauvegardes, journal) ont été effacées. Si vous l'avez retrouvé, "
                "adressez-vous à votre administrateur ; sur un nouveau poste, connectez-vous : "
                "la première synchronisation ramène tout votre territoire.",
            )
        )


class InsecureServerError(SyncError):
    """An address the device refuses to send a password or a token to."""

    def __init__(self, server_url: str) -> None:
        super().__init__(
            translate(
                "Sync",
                "L'adresse « {url} » n'est pas sûre : le serveur régional se joint en "
                "https:// (http:// n'est accepté que vers ce poste lui-même : 127.0.0.1, ::1 "
                "ou localhost). Corrigez l'adresse, par exemple https://escale.region.fr.",
            ).format(url=server_url)
        )


class CertificateRejectedError(SyncError):
    """The server's TLS certificate does not verify against the trusted authorities."""

    def __init__(self, server_url: str, reason: str) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le certificat du serveur régional ({url}) n'a pas pu être vérifié ({reason}). "
                "Rien n'a été envoyé. Si votre région a sa propre autorité de certification, "
                "indiquez son fichier (variable ESCALE_CA_BUNDLE ou champ « Autorité de "
                "certification » de la connexion) ; sinon prévenez l'assistance.",
            ).format(url=server_url, reason=reason)
        )


class CaBundleError(SyncError):
    """The certificate authority file given for a region's own PKI cannot be used."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            translate(
                "Sync",
                "Le fichier d'autorité de certification « {path} » est inutilisable ({reason}). "
                "Indiquez un fichier PEM lisible (variable ESCALE_CA_BUNDLE ou champ « Autorité "
                "de certification » de la connexion).",
            ).format(path=path, reason=reason)
        )
