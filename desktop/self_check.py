"""``escale --self-check``: does this installation work, end to end, without touching any case?

Municipal IT runs it after installing (and the tests run it on the frozen
build): a frozen application that lacks a module, a migration, a font or a
catalogue fails here with the step named, instead of in front of an officer.
Everything happens in a temporary data folder, removed afterwards.

No Qt here (the house rule): the bootstrap hands the Qt steps in as an
:class:`Interface`, loaded lazily so that a broken Qt install is reported like
any other failed step.
"""

from __future__ import annotations

import io
import logging
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from desktop import __version__
from desktop.i18n import translate
from desktop.paths import RESOURCES_DIR, database_path
from desktop.storage import Database

log = logging.getLogger(__name__)

ENGLISH_CATALOGUE = RESOURCES_DIR / "translations" / "escale_en.qm"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
"""The first 16 bytes of every compiled Qt catalogue (``.qm``)."""
PROBE_CONTEXT = "Cli"
PROBE_TEXT = "Escale, le poste de travail des chargés d'accueil."
"""A message of the English catalogue: once English is installed, it must come back translated."""
SAMPLE_COMMUNE = "58194"  # Nevers
SAMPLE_NAME = "Vérification"
SAMPLE_PASSPHRASE = "vérification de l'installation d'Escale"
WORKER_START_S = 60


@dataclass(frozen=True)
class Interface:
    """The Qt steps, given by the bootstrap (:mod:`desktop.cli`).

    ``install_english`` installs the English catalogue and returns how many
    catalogues Qt loaded and how to undo it; ``build_main_window`` builds the
    main window over a database (offscreen without a screen) and closes it.
    """

    install_english: Callable[[], tuple[int, Callable[[], None]]]
    build_main_window: Callable[[Database, Path], None]


@dataclass
class _Run:
    """The state the steps share: the temporary folder, the database, the sample household."""

    folder: Path
    interface_loader: Callable[[], Interface] | None
    database: Database | None = None
    household_id: uuid.UUID | None = None
    interface: Interface | None = None


class StepFailedError(Exception):
    """A step found something wrong; its message says what, in French."""


def self_check(
    interface: Callable[[], Interface] | None = None, *, out: TextIO = sys.stdout
) -> int:
    """Run every step, print one line per step, return 0 when all passed, else 1.

    A step that fails does not stop the others (unless they need what it
    made), so one run names every problem.
    """
    print(
        translate("SelfCheck", "Vérification d'Escale {version}").format(version=__version__),
        file=out,
    )
    folder = Path(tempfile.mkdtemp(prefix="escale-verification-"))
    run = _Run(folder=folder, interface_loader=interface)
    failures = 0
    passed, failed = translate("SelfCheck", "OK"), translate("SelfCheck", "ÉCHEC")
    try:
        for label, step in _steps():
            try:
                detail = step(run)
            except Exception as error:
                failures += 1
                log.exception("self-check step failed: %s", label)
                reason = error.args[0] if isinstance(error, StepFailedError) else repr(error)
                print(f"  {failed:<6} {label} : {reason}", file=out)
            else:
                print(f"  {passed:<6} {label} : {detail}", file=out)
    finally:
        if run.database is not None:
            run.database.close()
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print(
            translate(
                "SelfCheck",
                "{count} vérification(s) en échec : cette installation est incomplète. "
                "Réinstallez Escale ; si l'échec persiste, transmettez ce rapport à l'assistance.",
            ).format(count=failures),
            file=out,
        )
        return 1
    print(translate("SelfCheck", "Tout fonctionne."), file=out)
    return 0


def _steps() -> list[tuple[str, Callable[[_Run], str]]]:
    return [
        (translate("SelfCheck", "Base de données (création, migrations)"), _database),
        (translate("SelfCheck", "Écriture et relecture d'un foyer"), _household),
        (translate("SelfCheck", "Polices DejaVu"), _fonts),
        (translate("SelfCheck", "Dossier d'installation en PDF"), _dossier),
        (translate("SelfCheck", "Packs d'accueil en deux processus"), _welcome_packs),
        (translate("SelfCheck", "Import vérifié dans un second processus"), _import_worker),
        (translate("SelfCheck", "Chiffrement de la base (SQLCipher)"), _encryption),
        (translate("SelfCheck", "Traduction anglaise"), _translations),
        (translate("SelfCheck", "Fenêtre principale"), _main_window),
    ]


def _database(run: _Run) -> str:
    from desktop.storage import migrate, open_database  # noqa: PLC0415 - each step imports its own

    run.database = open_database(database_path(run.folder))
    with run.database.engine.connect() as connection:
        revision = migrate.current_revision(connection)
        communes = connection.exec_driver_sql("SELECT count(*) FROM commune").scalar() or 0
    if revision != migrate.head_revision():
        raise StepFailedError(
            translate("SelfCheck", "schéma {found} au lieu de {expected}").format(
                found=revision, expected=migrate.head_revision()
            )
        )
    if communes == 0:
        raise StepFailedError(translate("SelfCheck", "le référentiel des communes est vide"))
    return translate("SelfCheck", "schéma {revision}, {communes} communes").format(
        revision=revision, communes=f"{communes:,}".replace(",", "\u202f")
    )


def _household(run: _Run) -> str:
    from desktop.cases.households import (  # noqa: PLC0415
        HouseholdInput,
        PersonInput,
        TargetInput,
        load_household,
        register_household,
    )
    from desktop.models import PersonRole, Source, TerritoryKind  # noqa: PLC0415

    database = _needs_database(run)
    data = HouseholdInput(
        source=Source.OTHER,
        members=[
            PersonInput(
                PersonRole.ADULT,
                "Élise",
                SAMPLE_NAME,
                email="elise.verification@exemple.fr",
                phone="06 12 34 56 78",
            )
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, SAMPLE_COMMUNE)],
    )
    run.household_id = database.write(
        lambda session: register_household(session, data, today=date.today()).id
    )
    with database.session() as session:
        read = load_household(session, run.household_id)
    member = read.members[0]
    # The phone comes back in its international form: the phone-number data is there.
    if (member.first_name, member.last_name, member.email, member.phone) != (
        "Élise",
        SAMPLE_NAME,
        "elise.verification@exemple.fr",
        "+33612345678",
    ):
        raise StepFailedError(translate("SelfCheck", "le foyer relu diffère du foyer écrit"))
    return translate("SelfCheck", "foyer « {name} » relu à l'identique").format(name=SAMPLE_NAME)


def _fonts(run: _Run) -> str:
    from desktop.documents.fonts import FONTS_DIR, register_fonts  # noqa: PLC0415

    fonts = register_fonts()
    names = [font.face.name.decode("latin-1") for font in fonts]
    if not all(name.startswith("DejaVuSans") for name in names):
        raise StepFailedError(
            translate("SelfCheck", "polices inattendues dans {folder} : {names}").format(
                folder=FONTS_DIR, names=", ".join(names)
            )
        )
    return ", ".join(names)


def _dossier(run: _Run) -> str:
    from pypdf import PdfReader  # noqa: PLC0415

    from desktop.documents.dossier import dossier_pdf  # noqa: PLC0415
    from desktop.models import DocumentVersion  # noqa: PLC0415

    database = _needs_database(run)
    if run.household_id is None:
        raise StepFailedError(translate("SelfCheck", "pas de foyer à imprimer (étape précédente)"))
    content = dossier_pdf(database, run.household_id, DocumentVersion.HOUSEHOLD, today=date.today())
    reader = PdfReader(io.BytesIO(content))
    pages = len(reader.pages)
    first_page = reader.pages[0].extract_text() if pages else ""
    if pages == 0 or SAMPLE_NAME not in first_page:
        raise StepFailedError(translate("SelfCheck", "le PDF produit est vide ou illisible"))
    return translate("SelfCheck", "{pages} page(s), {size} Ko").format(
        pages=pages, size=len(content) // 1024
    )


def _welcome_packs(run: _Run) -> str:
    """Worker processes of a frozen build start the executable again: they must find their way."""
    from desktop.documents.batch import render_welcome_packs  # noqa: PLC0415

    database = _needs_database(run)
    if run.household_id is None:
        raise StepFailedError(translate("SelfCheck", "pas de foyer à imprimer (étape précédente)"))
    output = run.folder / "packs.pdf"
    result = render_welcome_packs(
        database, [run.household_id] * 2, output, today=date.today(), workers=2
    )
    if result.pages == 0 or not output.exists():
        raise StepFailedError(translate("SelfCheck", "aucun pack produit"))
    return translate("SelfCheck", "{pages} page(s)").format(pages=result.pages)


def _import_worker(run: _Run) -> str:
    """A big import checks its lines in a worker process, which must start from this build too."""
    from desktop.importing.bulk import Preparer  # noqa: PLC0415
    from desktop.importing.checking import (  # noqa: PLC0415
        CheckedLine,
        LineCheck,
        LineChecker,
        worker_setup,
    )
    from desktop.importing.columns import Column  # noqa: PLC0415
    from desktop.importing.geography import geography_of  # noqa: PLC0415
    from desktop.importing.reading import SheetRow  # noqa: PLC0415
    from desktop.importing.rows import RowReader  # noqa: PLC0415

    geography = geography_of(_needs_database(run))
    today = date.today()
    line = {
        Column.REGISTERED_ON: today.isoformat(),
        Column.LAST_NAME: SAMPLE_NAME,
        Column.EMAIL: "verification@exemple.fr",
        Column.POSTCODE: "58000",
        Column.CITY: "Nevers",
        Column.CONSENT: "oui",
    }
    positions = {column: index for index, column in enumerate(line)}
    check = LineCheck(RowReader(positions, geography, today), Preparer(geography, today))
    setup = worker_setup(positions, geography, today, None, frozenset())
    with LineChecker(check, setup) as checker:
        pid = checker.wait_started(WORKER_START_S)
        if pid is None:
            raise StepFailedError(
                translate("SelfCheck", "le second processus n'a pas démarré en {seconds} s").format(
                    seconds=WORKER_START_S
                )
            )
        results = [
            result
            for _rows, checked in checker.checked([[SheetRow(2, tuple(line.values()))]])
            for result in checked
        ]
    if checker.by_worker != 1 or not isinstance(results[0], CheckedLine):
        raise StepFailedError(
            translate("SelfCheck", "la ligne d'essai n'a pas été vérifiée : {result}").format(
                result=results[0]
            )
        )
    return translate("SelfCheck", "ligne d'essai vérifiée par le processus {pid}").format(pid=pid)


def _encryption(run: _Run) -> str:
    from desktop.storage import open_database  # noqa: PLC0415

    path = run.folder / "chiffree.db"
    open_database(path, passphrase=SAMPLE_PASSPHRASE).close()
    if path.read_bytes()[:16] == b"SQLite format 3\0":
        raise StepFailedError(translate("SelfCheck", "la base créée n'est pas chiffrée"))
    reopened = open_database(path, passphrase=SAMPLE_PASSPHRASE)
    reopened.close()
    return translate("SelfCheck", "base chiffrée créée et rouverte")


def _translations(run: _Run) -> str:
    header = ENGLISH_CATALOGUE.read_bytes()[: len(QM_MAGIC)] if ENGLISH_CATALOGUE.exists() else b""
    if header != QM_MAGIC:
        raise StepFailedError(
            translate("SelfCheck", "catalogue absent ou abîmé : {path}").format(
                path=ENGLISH_CATALOGUE
            )
        )
    interface = _needs_interface(run)
    loaded, undo = interface.install_english()
    try:
        english = translate(PROBE_CONTEXT, PROBE_TEXT)
    finally:
        undo()
    if loaded == 0 or english == PROBE_TEXT:
        raise StepFailedError(
            translate("SelfCheck", "Qt n'a pas chargé le catalogue {path}").format(
                path=ENGLISH_CATALOGUE
            )
        )
    return f"« {english} »"


def _main_window(run: _Run) -> str:
    interface = _needs_interface(run)
    interface.build_main_window(_needs_database(run), run.folder)
    return translate("SelfCheck", "construite et fermée")


def _needs_database(run: _Run) -> Database:
    if run.database is None:
        raise StepFailedError(translate("SelfCheck", "pas de base ouverte (étape précédente)"))
    return run.database


def _needs_interface(run: _Run) -> Interface:
    if run.interface is None:
        if run.interface_loader is None:
            raise StepFailedError(translate("SelfCheck", "interface Qt non fournie"))
        run.interface = run.interface_loader()
    return run.interface
