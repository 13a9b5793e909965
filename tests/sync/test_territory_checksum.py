"""Each territory checks itself (invariant 8): a device that diverged pulls it again.

The devices compute their checksum of each territory as the server does, which
needs them to place each household as the server does: by its first commune
wished, an intercommunality's majority département, or the officer's home for
a household with no wish. A device whose copy of one territory went wrong (a
record lost, a value and version changed behind the sync's back) pulls that
territory again, alone, and agrees with the server after it; records the
server does not have are kept, and not pulled again for at every sync.
"""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import delete, func, select, update

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import Commune, Household, Person, PersonRole, Source, TerritoryKind
from desktop.sync import state
from desktop.sync.checksum import territory_checksums
from desktop.sync.placement import epci_departement, household_territories
from server.territories import EPCI, reference_rows
from tests.sync.region import (
    BESANCON,
    NEVERS,
    TODAY,
    Device,
    Region,
    region,
    register,
    server_template,
)

__all__ = ["region", "server_template"]  # fixtures used by the tests below


def server_checksums(region: Region, device: Device) -> dict[str, str]:
    """The checksums the server sends on a pull's last page, past every record."""
    answer = httpx.get(
        f"{region.url}/sync/v1/pull",
        params={"cursor": 10**12, "limit": 1},
        headers={"X-Escale-Protocol": "1", "Authorization": f"Bearer {device.token()}"},
    )
    answer.raise_for_status()
    return answer.json()["checksums"]


def local_checksums(device: Device, codes: list[str]) -> dict[str, str]:
    with device.database.engine.connect() as connection:
        officer = uuid.UUID(state.read(connection, state.OFFICER_ID) or "")
        return territory_checksums(connection, codes, officer)


def register_wishing(device: Device, last_name: str, *wishes: TargetInput) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[PersonInput(PersonRole.ADULT, "Marc", last_name, email="marc@example.fr")],
        targets=list(wishes),
    )
    with device.database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def test_an_intercommunality_is_placed_in_the_same_departement_on_both_sides(
    region: Region,
) -> None:
    server_side = {
        row["code"]: row["departement_code"] for row in reference_rows() if row["kind"] == EPCI
    }
    with region.nievre.database.engine.connect() as connection:
        counts: dict[str, dict[str, int]] = {}
        for siren, departement, count in connection.execute(
            select(Commune.epci_siren, Commune.departement_code, func.count())
            .where(Commune.epci_siren.is_not(None))
            .group_by(Commune.epci_siren, Commune.departement_code)
        ):
            counts.setdefault(siren, {})[departement] = count
    client_side = {
        siren: epci_departement(by_departement) for siren, by_departement in counts.items()
    }
    assert len(server_side) > 1000
    assert client_side == {siren: server_side[siren] for siren in client_side}
    assert any(len(by_departement) > 1 for by_departement in counts.values())  # the rule matters


def test_every_territory_agrees_after_ordinary_syncs(region: Region) -> None:
    with region.nievre.database.session() as session:
        nevers_epci = session.get_one(Commune, NEVERS).epci_siren
    assert nevers_epci is not None
    by_commune = register(region.both, NEVERS, "Commune")
    by_epci = register_wishing(region.both, "Interco", TargetInput(TerritoryKind.EPCI, nevers_epci))
    by_departement = register_wishing(
        region.both, "Département", TargetInput(TerritoryKind.DEPARTEMENT, "25")
    )
    mixed = register_wishing(  # a département first, then a commune: the commune places it
        region.both,
        "Mixte",
        TargetInput(TerritoryKind.DEPARTEMENT, "58"),
        TargetInput(TerritoryKind.COMMUNE, BESANCON),
    )
    wishless = register_wishing(region.both, "Sans-Souhait")
    first = region.both.sync()
    assert first.repaired == []
    assert region.nievre.sync().repaired == []
    assert region.doubs.sync().repaired == []

    with region.both.database.engine.connect() as connection:
        officer = uuid.UUID(state.read(connection, state.OFFICER_ID) or "")
        placed = household_territories(connection, officer)
    assert placed[by_commune].commune_code == NEVERS
    assert placed[by_epci].departement_code == "58"
    assert placed[by_departement].departement_code == "25"
    assert placed[mixed].departement_code == "25"
    assert placed[wishless].departement_code == "25"  # Léa's first territory: "25" < "58"

    for device in (region.both, region.nievre, region.doubs):
        theirs = server_checksums(region, device)
        assert local_checksums(device, list(theirs)) == theirs
    assert set(server_checksums(region, region.both)) == {"25", "58"}


def test_a_diverged_territory_is_pulled_again_alone_and_agrees_after(region: Region) -> None:
    in_nievre = register(region.nievre, NEVERS, "Nivernais")
    register(region.doubs, BESANCON, "Comtois")
    region.nievre.sync()
    region.doubs.sync()
    assert region.both.sync().repaired == []
    device = region.both.database

    # Behind the sync's back (no outbox): a member lost, a household renamed with a new version.
    with device.engine.begin() as connection:
        person = (
            connection.execute(select(Person.__table__).where(Person.household_id == in_nievre))
            .mappings()
            .one()
        )
        connection.execute(delete(Person.__table__).where(Person.id == person["id"]))
        connection.execute(
            update(Household.__table__)
            .where(Household.id == in_nievre)
            .values(name="Nom corrompu", version=Household.version + 7)
        )
        cursor_before = state.cursor(connection)
    assert local_checksums(region.both, ["58"]) != server_checksums(region, region.both)["58"]

    report = region.both.sync()
    assert report.repaired == ["58"]  # the Doubs agreed: not pulled again
    with device.session() as session:
        assert session.get_one(Household, in_nievre).name == "Nivernais"
        restored = session.get_one(Person, person["id"])
        assert (restored.last_name, restored.version) == ("Nivernais", person["version"])
    with device.engine.connect() as connection:
        assert state.cursor(connection) == cursor_before
    theirs = server_checksums(region, region.both)
    assert local_checksums(region.both, list(theirs)) == theirs
    assert region.both.sync().repaired == []


def test_a_household_the_server_lacks_is_kept_and_not_pulled_for_again(region: Region) -> None:
    region.nievre.sync()
    local_only = register(region.nievre, NEVERS, "Jamais-Envoyé")
    with region.nievre.database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM sync_outbox")  # as if created before sync existed

    first = region.nievre.sync()
    assert first.repaired == ["58"]
    with region.nievre.database.session() as session:
        assert session.get_one(Household, local_only).name == "Jamais-Envoyé"
    assert region.nievre.sync().repaired == []  # nothing changed on either side: no new repair

    register(region.nievre_colleague, NEVERS, "Nouveau")  # the server's checksum changes
    region.nievre_colleague.sync()
    assert region.nievre.sync().repaired == ["58"]
