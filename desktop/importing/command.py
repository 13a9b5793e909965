"""``escale import``: the website's file imported from the command line, reported in French."""

from __future__ import annotations

from pathlib import Path

from desktop.audit import record_import
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.importing.columns import Column, column_label, header_key, parse_column
from desktop.importing.importer import ImportReport, import_registrations
from desktop.reporting.french_numbers import format_count

SHOWN = 20
"""Lines of each list printed; the rejected-rows file has them all."""

_IGNORE = frozenset({"-", "ignorer", "aucun", "aucune"})


def parse_mappings(pairs: list[str]) -> dict[str, Column | None]:
    """``["Courriel=email", "Remarques=-"]`` → header → column (``None``: not imported).

    Raises:
        UserFacingError: a pair without ``=`` or naming no known column.
    """
    chosen: dict[str, Column | None] = {}
    for pair in pairs:
        header, separator, name = pair.partition("=")
        if not separator or not header.strip():
            raise UserFacingError(
                translate(
                    "Cli", "--mapping « {pair} » : écrivez EN-TÊTE=COLONNE (Courriel=email)."
                ).format(pair=pair)
            )
        if name.strip().lower() in _IGNORE:
            chosen[header.strip()] = None
            continue
        column = parse_column(name)
        if column is None:
            raise UserFacingError(
                translate(
                    "Cli",
                    "--mapping « {pair} » : colonne « {name} » inconnue. Colonnes possibles : "
                    "{known} ; « - » pour ne pas importer la colonne.",
                ).format(pair=pair, name=name, known=", ".join(column.value for column in Column))
            )
        chosen[header.strip()] = column
    return chosen


def import_text(
    database_file: Path,
    path: Path,
    *,
    mappings: list[str],
    rejects: Path | None,
    passphrase: str | None = None,
) -> str:
    """Import ``path`` into the database and say what happened, line numbers included."""
    chosen = parse_mappings(mappings)
    from desktop.storage import open_database  # noqa: PLC0415 - checks come before opening

    database = open_database(database_file, passphrase)
    try:
        report = import_registrations(database, path, mapping=chosen, rejects_path=rejects)
        record_import(database, report)
    finally:
        database.close()
    return describe_report(report)


def describe_report(report: ImportReport) -> str:
    lines = [
        translate(
            "Import", "Import de {name} ({format}) : {lines} lignes lues en {seconds} s."
        ).format(
            name=report.path.name,
            format=report.file_format,
            lines=format_count(report.lines),
            seconds=f"{report.seconds:.1f}".replace(".", ","),
        ),
        translate("Import", "Colonnes reconnues : {count}{renamed}.").format(
            count=sum(column is not None for column in report.mapping.values()),
            renamed="".join(
                f", « {header} » → {column_label(column)}"
                for header, column in report.mapping.items()
                if column is not None and header_key(header) != header_key(column_label(column))
            ),
        ),
    ]
    ignored = [header for header, column in report.mapping.items() if column is None]
    if ignored:
        lines.append(
            translate("Import", "Colonnes non importées : {headers}.").format(
                headers=", ".join(f"« {header} »" for header in ignored)
            )
        )
    lines += [
        "  "
        + translate("Import", "{count} foyers créés").format(
            count=format_count(len(report.created))
        ),
        "  "
        + translate(
            "Import",
            "{count} lignes fusionnées dans un foyer déjà connu (même e-mail ou téléphone)",
        ).format(count=format_count(len(report.merged_with_additions))),
        "  "
        + translate("Import", "{count} lignes déjà présentes, sans rien de nouveau").format(
            count=format_count(len(report.already_known))
        ),
        "  "
        + translate("Import", "{count} lignes refusées").format(
            count=format_count(len(report.rejected))
        ),
    ]
    for merged in report.merged_with_additions[:SHOWN]:
        lines.append(
            "    "
            + translate("Import", "ligne {line} → « {name} » ({why}) : {added}").format(
                line=merged.line,
                name=merged.household_name,
                why=", ".join(merged.reasons),
                added=", ".join(merged.added),
            )
        )
    if report.rejected:
        if report.rejects_path is not None:
            lines.append(
                translate(
                    "Import",
                    "Lignes refusées, avec le motif : {path} (corrigez-les puis importez ce "
                    "fichier).",
                ).format(path=report.rejects_path)
            )
        if report.rejects_error:
            lines.append(report.rejects_error)
        for rejected in report.rejected[:SHOWN]:
            lines.append(
                "    "
                + translate("Import", "ligne {line} : {reason}").format(
                    line=rejected.line, reason=rejected.reason
                )
            )
    if report.possible_duplicates:
        lines.append(
            translate(
                "Import",
                "{count} foyers créés ressemblent à un foyer existant (à fusionner ou garder "
                "depuis la fiche) :",
            ).format(count=format_count(len(report.possible_duplicates)))
        )
        for possible in report.possible_duplicates[:SHOWN]:
            lines.append(
                "    "
                + translate("Import", "ligne {line} ~ « {name} » ({why})").format(
                    line=possible.line,
                    name=possible.candidate_name,
                    why=", ".join(possible.reasons),
                )
            )
    return "\n".join(lines)
