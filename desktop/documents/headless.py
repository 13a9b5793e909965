"""``escale dossier``: dossiers and welcome packs from the command line, prints recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.documents.batch import event_household_ids, render_welcome_packs, written_to
from desktop.documents.dossier import dossier_pdf
from desktop.documents.output import write_file
from desktop.documents.prints import record_prints, signed_in_officer
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.labels import document_version_label
from desktop.models import DocumentVersion, Household
from desktop.storage import Database
from desktop.validation import parse_id


def print_dossiers(
    database: Database,
    *,
    household: str | None,
    event: str | None,
    version: DocumentVersion,
    output: Path,
    one_file_per_household: bool,
    today: date,
) -> str:
    """Write one household's dossier, or the packs of an event; record the prints.

    Returns:
        What was written, in French, for the terminal.

    Raises:
        UserFacingError: a bad id, an unknown household or event, an unwritable output.
    """
    if (household is None) == (event is None):
        raise UserFacingError(
            translate(
                "Cli",
                "Donnez soit l'identifiant d'un foyer, soit --event ÉVÉNEMENT, mais pas les deux.",
            )
        )
    officer_id = signed_in_officer(database)
    if household is not None:
        if one_file_per_household:
            raise UserFacingError(
                translate("Cli", "--one-file-per-household ne s'emploie qu'avec --event.")
            )
        household_id = parse_id(household, translate("Cli", "un identifiant de foyer"))
        pdf = dossier_pdf(database, household_id, version, today=today)
        write_file(output, pdf)
        record_prints(database, [household_id], version, officer_id, file=output)
        with database.session() as session:
            name = session.get_one(Household, household_id).name
        return translate(
            "Cli", "Dossier d'installation de « {name} » ({version}, {pages} pages) : {path}"
        ).format(
            name=name,
            version=document_version_label(version).lower(),
            pages=len(PdfReader(output).pages),
            path=output,
        )
    assert event is not None
    event_id = parse_id(event, translate("Cli", "un identifiant d'événement"))
    household_ids = event_household_ids(database, event_id)
    if not household_ids:
        raise UserFacingError(
            translate("Cli", "Aucun foyer n'est inscrit à cet événement : rien à imprimer.")
        )
    result = render_welcome_packs(
        database,
        household_ids,
        output,
        today=today,
        version=version,
        one_file_per_household=one_file_per_household,
    )
    record_prints(database, result.household_ids, version, officer_id, file=written_to(result))
    return translate("Cli", "{count} dossiers d'installation, {pages} pages : {path}").format(
        count=len(result.household_ids), pages=result.pages, path=output
    )
