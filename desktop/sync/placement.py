"""Which territory a household belongs to, by the rule the server scopes with.

The server copies a household's territory onto each of its records when it is
written; the client never receives those codes, yet must know them to check a
territory's checksum (invariant 8). Both sides therefore use the rules here:
the wish that places a household, and the département of an intercommunality.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.models import Commune, Household, HouseholdTarget, OfficerTerritory
from desktop.models.officer import TerritoryKind


@dataclass(frozen=True)
class Territory:
    """A household's codes at the three levels (a wished département has no EPCI)."""

    departement_code: str | None
    epci_siren: str | None
    commune_code: str | None

    def code_at(self, kind: TerritoryKind) -> str | None:
        return getattr(self, _CODE_FIELDS[kind])


_CODE_FIELDS = {
    TerritoryKind.DEPARTEMENT: "departement_code",
    TerritoryKind.EPCI: "epci_siren",
    TerritoryKind.COMMUNE: "commune_code",
}


def first_wish(targets: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The wish that places a household: the first commune, else the first wish.

    Lowest rank first, then id (32 hex digits), so every replica picks the same one.
    """
    live = [target for target in targets if not target.get("deleted")]
    communes = [target for target in live if target.get("kind") == TerritoryKind.COMMUNE.value]
    candidates = communes or live
    if not candidates:
        return None
    return min(candidates, key=lambda target: (int(target.get("rank") or 0), str(target.get("id"))))


def epci_departement(communes_by_departement: Mapping[str, int]) -> str | None:
    """An EPCI's département: the one holding most of its communes, ties to the lowest code."""
    if not communes_by_departement:
        return None
    return min(communes_by_departement, key=lambda code: (-communes_by_departement[code], code))


def kind_of_code(code: str) -> TerritoryKind:
    """A territory code's level, from its shape: SIREN (9 digits), INSEE commune (5), else."""
    if len(code) == 9 and code.isdigit():
        return TerritoryKind.EPCI
    if len(code) == 5:
        return TerritoryKind.COMMUNE
    return TerritoryKind.DEPARTEMENT


def household_territories(
    connection: Connection, officer_id: uuid.UUID | None
) -> dict[uuid.UUID, Territory]:
    """Every local household's territory, as the server placed it.

    The server does not move a household whose wishes were all deleted: it is
    taken to be where its first wish, deleted or not, put it. One that never had
    a wish is kept, like the server does, in the first territory of the officer
    who pushed it, which from this device is this device's officer.
    """
    targets: dict[uuid.UUID, list[dict[str, Any]]] = {}
    rows = connection.execute(
        select(
            HouseholdTarget.household_id,
            HouseholdTarget.id,
            HouseholdTarget.rank,
            HouseholdTarget.kind,
            HouseholdTarget.code,
            HouseholdTarget.departement_code,
            HouseholdTarget.epci_siren,
            HouseholdTarget.deleted,
        )
    ).all()
    for row in rows:
        targets.setdefault(row.household_id, []).append(
            {
                "id": row.id.hex,
                "rank": row.rank,
                "kind": row.kind.value,
                "code": row.code,
                "departement_code": row.departement_code,
                "epci_siren": row.epci_siren,
                "deleted": row.deleted,
            }
        )
    epci_departements = _epci_departements(connection)
    territories: dict[uuid.UUID, Territory] = {}
    for household_id, wishes in targets.items():
        wish = first_wish(wishes) or first_wish({**w, "deleted": False} for w in wishes)
        if wish is not None:
            territories[household_id] = _territory_of(wish, epci_departements)
    home = home_territory(connection, officer_id) if officer_id is not None else None
    if home is not None:
        wishless = select(Household.id).where(
            Household.id.not_in(select(HouseholdTarget.household_id))
        )
        territories.update(dict.fromkeys(connection.execute(wishless).scalars(), home))
    return territories


def home_territory(connection: Connection, officer_id: uuid.UUID) -> Territory | None:
    """Where the server keeps a household created with no wish by this officer."""
    row = connection.execute(
        select(OfficerTerritory.kind, OfficerTerritory.code)
        .where(OfficerTerritory.officer_id == officer_id, OfficerTerritory.deleted.is_(False))
        .order_by(OfficerTerritory.kind, OfficerTerritory.code)
        .limit(1)
    ).first()
    if row is None:
        return None
    wish = {"kind": row.kind.value, "code": row.code}
    if row.kind is TerritoryKind.COMMUNE:
        commune = connection.execute(
            select(Commune.departement_code, Commune.epci_siren).where(Commune.code == row.code)
        ).first()
        if commune is None:
            return None
        wish |= {"departement_code": commune.departement_code, "epci_siren": commune.epci_siren}
    return _territory_of(wish, _epci_departements(connection))


def _territory_of(wish: Mapping[str, Any], epci_departements: Mapping[str, str]) -> Territory:
    kind = TerritoryKind(wish["kind"])
    code = str(wish["code"])
    if kind is TerritoryKind.COMMUNE:
        return Territory(wish.get("departement_code"), wish.get("epci_siren"), code)
    if kind is TerritoryKind.EPCI:
        return Territory(epci_departements.get(code), code, None)
    return Territory(code, None, None)


def _epci_departements(connection: Connection) -> dict[str, str]:
    counts: dict[str, dict[str, int]] = {}
    rows = connection.execute(
        select(Commune.epci_siren, Commune.departement_code, func.count())
        .where(Commune.epci_siren.is_not(None))
        .group_by(Commune.epci_siren, Commune.departement_code)
    )
    for siren, departement, count in rows:
        counts.setdefault(siren, {})[departement] = count
    return {
        siren: departement
        for siren, by_departement in counts.items()
        if (departement := epci_departement(by_departement)) is not None
    }
