"""Households imported in bulk reach the server and a colleague's laptop as typed ones do.

Ana covers the Nièvre; her laptop imports the website's file (new households
written as plain rows with their outbox entries, one line merged through the
ORM into a household she had typed at a fair). Her sync pushes every entry to
the real server, which accepts them all; Noé, her colleague on the same
territory, syncs and holds the very same households, row for row.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, text

from desktop.cases.households import (
    HouseholdInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.importing.importer import import_registrations
from desktop.models import Household, PersonRole, Source, TerritoryKind
from desktop.sync import codec
from tests.importing.website_export import HEADERS, registration_rows, write_csv
from tests.sync.region import NEVERS, TODAY, Device, Region, region, server_template

__all__ = ["region", "server_template"]  # fixtures used by the test below

NIEVRE_WISHES = ["Nevers", "Decize ; Dijon", "58086", "Clamecy ; Nièvre", "Cosne-Cours-sur-Loire"]


def rows_of(
    device: Device, household_ids: list[uuid.UUID]
) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every record of the households, by table, as the device stores them.

    ``updated_at`` is left out: it is when this device wrote the row, which the
    protocol does not carry (each replica stamps its own write).
    """
    found = {}
    with device.database.engine.connect() as connection:
        for name in ("household", "person", "household_target", "status_change"):
            table = codec.synced_tables()[name]
            key = table.c.id if name == "household" else table.c.household_id
            rows = connection.execute(select(table).where(key.in_(household_ids)))
            found[name] = {
                row.id: {
                    column: value
                    for column, value in row._asdict().items()
                    if column != "updated_at"
                }
                for row in rows
            }
    return found


def test_imported_households_sync_to_a_colleague_identical(region: Region, tmp_path: Path) -> None:
    ana, noe = region.nievre, region.nievre_colleague
    with ana.database.transaction() as session:
        known = register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", phone="0612345678")],
                targets=[TargetInput(TerritoryKind.COMMUNE, NEVERS)],
            ),
            today=TODAY,
        ).id
    ana.sync()

    lines = registration_rows(30, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20))
    at = HEADERS.index
    for number, line in enumerate(lines):
        line[at("Territoires souhaités")] = NIEVRE_WISHES[number % len(NIEVRE_WISHES)]
    lines[17][at("Téléphone")] = "+33 6 12 34 56 78"  # Hélène, registered on the site too
    lines[17][at("Territoires souhaités")] = "Decize"
    export = write_csv(tmp_path / "inscriptions.csv", lines, encoding="cp1252")
    report = import_registrations(ana.database, export, today=TODAY)
    assert (len(report.created), report.rejected) == (29, [])
    assert [(line.line, line.household_id) for line in report.merged] == [(19, known)]
    imported = [*report.created, known]
    queued = ana.pending()
    assert queued > 29 * 4  # household, members, wishes, history: all queued

    pushed = ana.sync()
    assert (pushed.pushed, pushed.rejected) == (queued, 0)
    assert (ana.pending(), ana.rejected()) == (0, [])

    with ana.database.session() as session:
        tombstones = session.scalars(
            select(Household.id).where(Household.merged_into_id == known)
        ).all()
    assert len(tombstones) == 1  # the merged line, kept as a trace pointing to Hélène's
    noe.sync()
    everything = [*imported, *tombstones]
    assert rows_of(noe, everything) == rows_of(ana, everything)
    assert len(rows_of(noe, everything)["household"]) == 31
    with noe.database.engine.connect() as connection:
        listed = connection.execute(
            text("SELECT count(*) FROM household_summary WHERE household_id IN :ids").bindparams(
                bindparam("ids", [household.hex for household in imported], expanding=True)
            )
        ).scalar_one()
    assert listed == 30
