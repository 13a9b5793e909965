"""``escale-server``: serve the API (the default), load territories, manage accounts and devices.

Every command first brings the database to the current schema, so a freshly
installed server needs no setup step: ``escale-server`` alone serves on
127.0.0.1:8765 over a SQLite file in its data dir.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from server.accounts import (
    ROLE_NAMES,
    add_officer,
    list_devices,
    list_officers,
    report_device_lost,
    revoke_device,
    revoke_officer,
    set_territories,
)
from server.audit import ACTIONS, DEFAULT_LIMIT, audit_text
from server.config import DATABASE_URL_ENV, default_database_url
from server.database import make_engine, reading, writing
from server.errors import InvalidError, UserError
from server.migrate import upgrade
from server.models.accounts import OFFICER, ROLES
from server.territories import ensure_territories, load_territories

if TYPE_CHECKING:
    from fastapi import FastAPI

USER_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="escale-server", description="Serveur régional de synchronisation d'Escale."
    )
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--db",
        metavar="URL",
        help="base de données (postgresql://… ou sqlite:///…) ; "
        "par défaut un fichier SQLite dans le dossier de données du serveur",
    )
    commands = parser.add_subparsers(dest="command")

    serve = commands.add_parser("serve", parents=[database], help="servir l'API (par défaut)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--tls-cert", metavar="FICHIER.pem", help="certificat du serveur (avec --tls-key)"
    )
    serve.add_argument("--tls-key", metavar="FICHIER.pem", help="clé privée du certificat")
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADRESSES",
        help="répartiteurs (reverse proxies) dont l'en-tête X-Forwarded-For donne l'adresse "
        "des postes, séparés par des virgules (10.0.0.5, 10.0.0.0/24) ; par défaut "
        "127.0.0.1,::1 (un répartiteur sur la même machine)",
    )

    territories = commands.add_parser("territories", help="référentiel des territoires")
    territories_commands = territories.add_subparsers(dest="action", required=True)
    territories_commands.add_parser("load", parents=[database], help="charger le référentiel")

    officer = commands.add_parser("officer", help="comptes des chargés d'accueil")
    officer_commands = officer.add_subparsers(dest="action", required=True)
    add = officer_commands.add_parser("add", parents=[database], help="créer un compte")
    add.add_argument("email")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--territory",
        action="append",
        default=[],
        metavar="CODE",
        help="code de département, SIREN d'EPCI ou code commune INSEE (répétable ; "
        "obligatoire pour un chargé d'accueil)",
    )
    add.add_argument(
        "--role",
        choices=ROLES,
        default=OFFICER,
        help="officer : chargé d'accueil (ses territoires) ; coordinator : indicateurs de la "
        "région, sans données personnelles ; administrator : comptes, territoires et postes",
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard"
    )
    territories_of = officer_commands.add_parser(
        "territories", parents=[database], help="remplacer les territoires d'un compte"
    )
    territories_of.add_argument("email")
    territories_of.add_argument("--territory", action="append", default=[], metavar="CODE")
    officer_commands.add_parser("list", parents=[database], help="lister les comptes")
    revoke = officer_commands.add_parser("revoke", parents=[database], help="désactiver un compte")
    revoke.add_argument("email")

    device = commands.add_parser("device", help="postes des chargés d'accueil")
    device_commands = device.add_subparsers(dest="action", required=True)
    device_commands.add_parser("list", parents=[database], help="lister les postes")
    for action, text in (
        ("revoke", "déconnecter un poste (ses jetons ne valent plus)"),
        ("lost", "déclarer un poste perdu : il effacera ses données à son prochain appel"),
    ):
        command = device_commands.add_parser(action, parents=[database], help=text)
        command.add_argument(
            "device_id", metavar="POSTE", help="identifiant du poste (device list)"
        )

    audit = commands.add_parser("audit", parents=[database], help="lire le journal d'audit")
    audit.add_argument("--officer", metavar="EMAIL", help="les entrées de ce compte seulement")
    audit.add_argument("--since", metavar="DATE", help="depuis ce jour (25/11/2026, 2026-11-25)")
    audit.add_argument("--action", choices=list(ACTIONS), help="cette action seulement")
    audit.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    return parser


def prepared_engine(url: str) -> Engine:
    """An engine on a database migrated to head, with the territory reference loaded."""
    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        ensure_territories(connection)
    return engine


def app_from_env() -> FastAPI:
    """The app for uvicorn's workers: the parent passes the database URL in the environment."""
    from server.app import create_app  # noqa: PLC0415 - officer commands start faster without it

    return create_app(os.environ[DATABASE_URL_ENV])


def _serve(url: str, arguments: argparse.Namespace) -> None:
    """Serve over TLS when given a certificate; plain HTTP is for loopback or behind a proxy.

    Behind a reverse proxy uvicorn takes the client's address from ``X-Forwarded-For``,
    when the proxy is one of ``--forwarded-allow-ips`` (the same machine by default):
    login throttling counts per address, and a proxy on another machine not named
    there would make the whole region one address.
    """
    import uvicorn  # noqa: PLC0415 - only ``serve`` needs it

    host = getattr(arguments, "host", "127.0.0.1")
    workers = getattr(arguments, "workers", 1)
    cert, key = getattr(arguments, "tls_cert", None), getattr(arguments, "tls_key", None)
    if (cert is None) != (key is None):
        raise InvalidError("Donnez à la fois --tls-cert et --tls-key, ou aucun des deux.")
    if cert is None and host not in {"127.0.0.1", "::1", "localhost"}:
        print(
            f"escale-server : attention, {host} est servi sans TLS ; les postes n'acceptent "
            "que https:// : placez le serveur derrière un répartiteur HTTPS ou donnez "
            "--tls-cert et --tls-key.",
            file=sys.stderr,
        )
    proxies = getattr(arguments, "forwarded_allow_ips", None)
    if proxies is not None:
        proxies = trusted_proxies(proxies)
    prepared_engine(url).dispose()
    os.environ[DATABASE_URL_ENV] = url
    uvicorn.run(
        "server.cli:app_from_env",
        factory=True,
        host=host,
        port=getattr(arguments, "port", 8765),
        workers=workers if workers > 1 else None,
        log_level="info",
        ssl_certfile=cert,
        ssl_keyfile=key,
        proxy_headers=True,
        forwarded_allow_ips=proxies,
    )


def trusted_proxies(text: str) -> list[str]:
    """The proxies ``--forwarded-allow-ips`` names: addresses, networks, or ``*`` (any).

    Raises:
        InvalidError: an entry that is neither (said in French, with an example).
    """
    proxies = [entry.strip() for entry in text.split(",") if entry.strip()]
    for entry in proxies:
        if entry == "*":
            continue
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise InvalidError(
                f"--forwarded-allow-ips : « {entry} » n'est ni une adresse IP ni un réseau. "
                "Exemples : 10.0.0.5, 10.0.0.0/24, ou * pour tout répartiteur."
            ) from None
    if not proxies:
        raise InvalidError(
            "--forwarded-allow-ips est vide : donnez l'adresse du répartiteur (ex. 10.0.0.5)."
        )
    return proxies


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass("Mot de passe : ")


def _run(arguments: argparse.Namespace) -> None:
    url = getattr(arguments, "db", None) or default_database_url()
    command = arguments.command or "serve"
    if command == "serve":
        _serve(url, arguments)
        return
    engine = prepared_engine(url)
    try:
        if command == "territories":
            with engine.begin() as connection:
                count = load_territories(connection)
            print(f"{count} territoires chargés.")
        elif command == "device":
            _device_command(engine, arguments)
        elif command == "audit":
            with reading(engine) as session:
                print(
                    audit_text(
                        session,
                        officer=arguments.officer,
                        since=arguments.since,
                        action=arguments.action,
                        limit=arguments.limit,
                    )
                )
        else:
            _officer_command(engine, arguments)
    finally:
        engine.dispose()


def _officer_command(engine: Engine, arguments: argparse.Namespace) -> None:
    if arguments.action == "add":
        password = _read_password(arguments.password_stdin)
        with writing(engine) as session:
            officer = add_officer(
                session,
                arguments.email,
                arguments.name,
                password,
                arguments.territory,
                role=arguments.role,
            )
            print(f"Compte créé ({ROLE_NAMES[officer.role]}) : {officer.name} <{officer.email}>.")
    elif arguments.action == "territories":
        with writing(engine) as session:
            codes = [
                code for _, code in set_territories(session, arguments.email, arguments.territory)
            ]
        print(f"Territoires de {arguments.email} : {', '.join(codes) or 'aucun'}.")
    elif arguments.action == "list":
        with reading(engine) as session:
            for summary in list_officers(session):
                state = " (désactivé)" if summary.revoked else ""
                codes = ", ".join(summary.territories) or "-"
                print(
                    f"{summary.email}\t{summary.name}\t{ROLE_NAMES.get(summary.role, summary.role)}"
                    f"\t{codes}{state}"
                )
    else:
        with writing(engine) as session:
            revoke_officer(session, arguments.email)
        print(f"Compte désactivé : {arguments.email}.")


def _device_command(engine: Engine, arguments: argparse.Namespace) -> None:
    if arguments.action == "list":
        with reading(engine) as session:
            for summary in list_devices(session):
                state = "actif" if summary.active_tokens else "déconnecté"
                if summary.lost_at is not None:
                    state = f"perdu le {summary.lost_at:%d/%m/%Y %H:%M} UTC"
                    if summary.wipe_sent_at is not None:
                        state += (
                            f", effacement demandé le {summary.wipe_sent_at:%d/%m/%Y %H:%M} UTC"
                        )
                print(
                    f"{summary.id}\t{summary.name}\t{summary.officer_email or '-'}"
                    f"\tdernière connexion le {summary.last_login_at:%d/%m/%Y %H:%M} UTC\t{state}"
                )
    elif arguments.action == "revoke":
        with writing(engine) as session:
            device = revoke_device(session, arguments.device_id)
        print(f"Poste déconnecté : {device.name} ({device.id}).")
    else:
        with writing(engine) as session:
            device = report_device_lost(session, arguments.device_id)
        print(
            f"Poste déclaré perdu : {device.name} ({device.id}). Ses jetons ne valent plus ; "
            "s'il se connecte au serveur, il effacera ses données locales."
        )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        _run(arguments)
    except UserError as error:
        print(f"escale-server : {error.detail}", file=sys.stderr)
        return USER_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
