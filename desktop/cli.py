"""The ``escale`` command: the application, or a headless sub-command.

With no sub-command it starts the desktop application; ``escale demo``,
``escale login``, ``escale sync``, ``escale dossier``, ``escale stats``, ``escale report``,
``escale import`` and the sub-commands later issues add, run
without a screen and report problems in French on stderr (exit status 2 for the officer's input or
environment, 1 for a bug, whose trace goes to the log file).

The database is encrypted: each sub-command that opens it reads the officer's
passphrase from the first line of stdin (``--passphrase-stdin``; ``login`` then
reads its password from the second line) or from ``ESCALE_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.logs import setup_logging
from desktop.paths import check_data_dir, database_path, default_data_dir

if TYPE_CHECKING:
    from desktop.self_check import Interface
    from desktop.storage import Database

log = logging.getLogger(__name__)
Handler = Callable[[argparse.Namespace], int]
PASSPHRASE_VARIABLE = "ESCALE_PASSPHRASE"


def _data_dir_option() -> argparse.ArgumentParser:
    """``--data-dir``, accepted before or after the sub-command.

    Each parser gets its own copy: a shared argparse action would let the
    sub-command's absent value overwrite the one given before it.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "dossier des données (par défaut : {default})").format(
            default=default_data_dir()
        ),
    )
    return common


def _passphrase_option() -> argparse.ArgumentParser:
    """``--passphrase-stdin``, for every sub-command that opens the encrypted database."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,  # given before the sub-command, it is not reset after it
        help=translate(
            "Cli",
            "lire la phrase secrète de la base sur la première ligne de l'entrée standard "
            "(sinon : variable d'environnement {variable})",
        ).format(variable=PASSPHRASE_VARIABLE),
    )
    return common


def read_passphrase(args: argparse.Namespace) -> str:
    """The passphrase from stdin's first line or ``ESCALE_PASSPHRASE``, never from the command line.

    Raises:
        UserFacingError: neither gave one (exit status 2, with how to give it).
    """
    if getattr(args, "passphrase_stdin", False):
        passphrase = sys.stdin.readline().rstrip("\r\n")
    else:
        passphrase = os.environ.get(PASSPHRASE_VARIABLE, "")
    if not passphrase:
        raise UserFacingError(
            translate(
                "Cli",
                "La base d'Escale est chiffrée : donnez sa phrase secrète sur l'entrée standard "
                'avec --passphrase-stdin (echo "$PHRASE" | escale … --passphrase-stdin) ou '
                "dans la variable d'environnement {variable}.",
            ).format(variable=PASSPHRASE_VARIABLE)
        )
    return passphrase


def _period_options() -> argparse.ArgumentParser:
    """What ``stats`` and ``report`` count: a registration period, a département, the spending."""
    period = argparse.ArgumentParser(add_help=False)
    period.add_argument(
        "--from",
        dest="registered_from",
        metavar="DATE",
        help=translate("Cli", "foyers inscrits à partir de ce jour (25/11/2026 ou 2026-11-25)"),
    )
    period.add_argument(
        "--to",
        dest="registered_to",
        metavar="DATE",
        help=translate("Cli", "foyers inscrits jusqu'à ce jour inclus"),
    )
    period.add_argument("--departement", metavar="CODE")
    period.add_argument(
        "--event",
        metavar="ÉVÉNEMENT",
        help=translate("Cli", "les visiteurs de cet événement, avec le bilan du stand"),
    )
    period.add_argument(
        "--spending-per-person",
        type=int,
        metavar="EUROS",
        help=translate("Cli", "dépense annuelle d'une personne installée (15 200 € par défaut)"),
    )
    return period


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="escale",
        parents=[_data_dir_option(), _passphrase_option()],
        description=translate("Cli", "Escale, le poste de travail des chargés d'accueil."),
    )
    parser.add_argument("--version", action="version", version=f"Escale {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=translate(
            "Cli",
            "vérifier l'installation (base, migrations, dossier PDF, polices, traductions, "
            "fenêtre) dans un dossier temporaire, sans toucher aux données",
        ),
    )
    parser.add_argument(
        "--demo-if-empty",
        type=int,
        metavar="N",
        default=0,
        help=translate(
            "Cli", "remplir une base neuve avec N foyers de démonstration avant d'ouvrir la fenêtre"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    demo = commands.add_parser(
        "demo",
        parents=[_data_dir_option(), _passphrase_option()],
        help=translate("Cli", "remplir une base avec des foyers de démonstration"),
    )
    demo.add_argument("--households", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=run_demo)

    login = commands.add_parser(
        "login",
        parents=[_data_dir_option(), _passphrase_option()],
        help=translate("Cli", "relier ce poste à votre compte sur le serveur régional"),
    )
    login.add_argument("--server", required=True, metavar="URL")
    login.add_argument("--email", required=True)
    login.add_argument(
        "--ca-bundle",
        metavar="FICHIER.pem",
        help=translate(
            "Cli",
            "autorité de certification propre à la région (PEM), retenue pour les "
            "synchronisations suivantes",
        ),
    )
    login.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help=translate(
            "Cli",
            "lire le mot de passe sur l'entrée standard (sur la deuxième ligne avec "
            "--passphrase-stdin)",
        ),
    )
    login.set_defaults(handler=run_login)

    sync = commands.add_parser(
        "sync",
        parents=[_data_dir_option(), _passphrase_option()],
        help=translate("Cli", "synchroniser maintenant avec le serveur régional"),
    )
    sync.set_defaults(handler=run_sync)

    dossier = commands.add_parser(
        "dossier",
        parents=[_data_dir_option(), _passphrase_option()],
        help=translate(
            "Cli", "écrire le dossier d'installation d'un foyer, ou ceux d'un événement, en PDF"
        ),
    )
    dossier.add_argument("household", nargs="?", metavar="FOYER")
    dossier.add_argument("--event", metavar="ÉVÉNEMENT")
    dossier.add_argument(
        "--version", dest="document_version", choices=["foyer", "interne"], default="foyer"
    )
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf")
    dossier.add_argument(
        "--one-file-per-household",
        action="store_true",
        help=translate("Cli", "un PDF par foyer dans le dossier donné par -o"),
    )
    dossier.set_defaults(handler=run_dossier)

    stats = commands.add_parser(
        "stats",
        parents=[_data_dir_option(), _passphrase_option(), _period_options()],
        help=translate("Cli", "afficher les indicateurs du programme (inscrits, installés…)"),
    )
    stats.add_argument("--json", action="store_true", help=translate("Cli", "sortie JSON"))
    stats.set_defaults(handler=run_stats)

    report = commands.add_parser(
        "report",
        parents=[_data_dir_option(), _passphrase_option(), _period_options()],
        help=translate("Cli", "écrire le bilan d'une période en PDF (chiffres, graphiques)"),
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf")
    report.set_defaults(handler=run_report)

    importing = commands.add_parser(
        "import",
        parents=[_data_dir_option(), _passphrase_option()],
        help=translate("Cli", "importer les inscriptions exportées du site (CSV ou XLSX)"),
    )
    importing.add_argument("file", type=Path, metavar="FICHIER")
    importing.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="EN-TÊTE=COLONNE",
        help=translate("Cli", "la colonne d'un en-tête du fichier (Courriel=email), retenue"),
    )
    importing.add_argument(
        "--rejects",
        type=Path,
        metavar="FICHIER.csv",
        help=translate("Cli", "où écrire les lignes refusées (à côté du fichier par défaut)"),
    )
    importing.set_defaults(handler=run_import)
    return parser


def run_demo(args: argparse.Namespace) -> int:
    if args.households < 1:
        raise UserFacingError(
            translate("Cli", "--households attend un nombre de foyers supérieur à 0.")
        )
    try:
        from desktop.demo import generate_demo
    except ModuleNotFoundError as error:
        raise UserFacingError(
            translate(
                "Cli",
                "Les données de démonstration demandent le paquet « {package} », livré avec "
                "l'installation de développement : lancez « make run » ou "
                "« pip install -e '.[dev]' ».",
            ).format(package=error.name)
        ) from error
    from desktop.storage import open_database

    database = open_database(database_path(args.data_dir), read_passphrase(args))
    try:
        summary = generate_demo(database, households=args.households, seed=args.seed)
    finally:
        database.close()
    print(summary.describe())
    return 0


def run_login(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UserFacingError(translate("Cli", "Aucun mot de passe reçu sur l'entrée standard."))
    from desktop.storage import open_database
    from desktop.sync.account import login
    from desktop.sync.errors import DeviceWipedError

    database = open_database(database_path(args.data_dir), passphrase)
    try:
        account = login(
            database.engine, args.server, args.email, password, ca_bundle=args.ca_bundle
        )
    except DeviceWipedError:
        return _wipe_lost_device(database)
    finally:
        database.close()
    print(
        translate("Cli", "Connecté à {server} en tant que {name} ({email}).").format(
            server=account.server_url, name=account.officer_name, email=account.officer_email
        )
    )
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """Exit status 0 when the sync went through, 2 when it stopped (server unreachable…)."""
    from desktop.storage import open_database
    from desktop.sync.errors import DeviceWipedError
    from desktop.sync.run import sync_logged_in

    database = open_database(database_path(args.data_dir), read_passphrase(args))
    try:
        report = sync_logged_in(database)
    finally:
        database.close()
    if isinstance(report.error, DeviceWipedError):
        return _wipe_lost_device(database)
    print(report.describe())
    if report.error is not None:
        print(report.error.message, file=sys.stderr)
        return 2
    return 0


def _wipe_lost_device(database: Database) -> int:
    """The server says this device was reported lost: close its database, wipe it, say so."""
    from desktop.storage.wipe import wipe_database
    from desktop.sync.errors import DeviceWipedError

    wipe_database(database)
    print(DeviceWipedError().message, file=sys.stderr)
    return 2


def run_dossier(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.documents.headless import print_dossiers
    from desktop.models import DocumentVersion
    from desktop.storage import open_database

    database = open_database(database_path(args.data_dir), read_passphrase(args))
    try:
        summary = print_dossiers(
            database,
            household=args.household,
            event=args.event,
            version=DocumentVersion(args.document_version),
            output=args.output,
            one_file_per_household=args.one_file_per_household,
            today=date.today(),
        )
    finally:
        database.close()
    print(summary)
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from desktop.reporting.stats_command import stats_text

    print(
        stats_text(
            database_path(args.data_dir),
            registered_from=args.registered_from,
            registered_to=args.registered_to,
            departement=args.departement,
            event=args.event,
            spending_per_person_eur=args.spending_per_person,
            as_json=args.json,
            passphrase=read_passphrase(args),
        )
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.reporting.report_command import report_text

    print(
        report_text(
            database_path(args.data_dir),
            args.output,
            registered_from=args.registered_from,
            registered_to=args.registered_to,
            departement=args.departement,
            event=args.event,
            spending_per_person_eur=args.spending_per_person,
            today=date.today(),
            passphrase=read_passphrase(args),
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.importing.command import import_text

    print(
        import_text(
            database_path(args.data_dir),
            args.file,
            mappings=args.mapping,
            rejects=args.rejects,
            passphrase=read_passphrase(args),
        )
    )
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.application import run_application

    passphrase = (
        sys.stdin.readline().rstrip("\r\n") if getattr(args, "passphrase_stdin", False) else None
    )
    return run_application(
        args.data_dir, demo_if_empty=args.demo_if_empty, passphrase=passphrase or None
    )


def run_self_check(_args: argparse.Namespace) -> int:
    from desktop.self_check import self_check

    return self_check(_qt_interface)


def _qt_interface() -> Interface:
    """The self-check's Qt steps, built from the UI package (imported only when they run)."""
    from desktop.self_check import Interface
    from desktop.ui.application import create_application, create_main_window
    from desktop.ui.settings import open_settings
    from desktop.ui.translations import ENGLISH, install_translations

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()

    def install_english() -> tuple[int, Callable[[], None]]:
        installed = install_translations(ENGLISH)
        return len(installed.translators), installed.remove

    def build_main_window(database: Database, data_dir: Path) -> None:
        window = create_main_window(database, open_settings(data_dir), auto_sync=False)
        window.close()
        window.deleteLater()

    return Interface(install_english=install_english, build_main_window=build_main_window)


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen build's worker processes (batch welcome packs) start here: run them, not the app.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    args.data_dir = (getattr(args, "data_dir", None) or default_data_dir()).expanduser()
    log_file = setup_logging(args.data_dir)
    if args.self_check:
        return run_self_check(args)
    handler: Handler = getattr(args, "handler", run_gui)
    try:
        if args.command is not None:  # the window says it in a message box (run_application)
            check_data_dir(args.data_dir)
        return handler(args)
    except UserFacingError as error:
        print(error.message, file=sys.stderr)
        return 2
    except Exception:
        log.exception("unexpected error in %s", args.command or "application")
        print(
            translate("Cli", "Erreur inattendue. Le détail est dans le journal : {log}").format(
                log=log_file
            ),
            file=sys.stderr,
        )
        return 1
