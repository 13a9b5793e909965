"""An officer's scope: the territory codes they cover, and what falls inside.

A record is in scope when any of its three codes equals one of the officer's
codes of that level; shared records (catalogue, accounts) are in everyone's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from server.models import OfficerTerritory
from server.models.records import SHARED_SCOPE
from server.models.territory import COMMUNE, DEPARTEMENT, EPCI
from server.territories import Placement


@dataclass(frozen=True)
class Scope:
    departements: frozenset[str]
    epcis: frozenset[str]
    communes: frozenset[str]

    @property
    def codes(self) -> list[str]:
        return sorted(self.departements | self.epcis | self.communes)

    def contains(self, placement: Placement) -> bool:
        return (
            placement.departement_code in self.departements
            or placement.epci_siren in self.epcis
            or placement.commune_code in self.communes
        )

    def kind_of(self, code: str) -> str | None:
        for kind, codes in (
            (DEPARTEMENT, self.departements),
            (EPCI, self.epcis),
            (COMMUNE, self.communes),
        ):
            if code in codes:
                return kind
        return None

    def clause(self, model: type, *, with_shared: bool = True) -> ColumnElement[bool]:
        """SQL for "in scope" on a model with the three code columns and ``scope``."""
        tests: list[ColumnElement[bool]] = []
        if with_shared:
            tests.append(model.scope == SHARED_SCOPE)  # type: ignore[attr-defined]
        if self.departements:
            tests.append(model.departement_code.in_(sorted(self.departements)))  # type: ignore[attr-defined]
        if self.epcis:
            tests.append(model.epci_siren.in_(sorted(self.epcis)))  # type: ignore[attr-defined]
        if self.communes:
            tests.append(model.commune_code.in_(sorted(self.communes)))  # type: ignore[attr-defined]
        return or_(*tests) if tests else false()


def officer_scope(session: Session, officer_id: str) -> Scope:
    rows = session.execute(
        select(OfficerTerritory.kind, OfficerTerritory.code).where(
            OfficerTerritory.officer_id == officer_id
        )
    ).all()
    by_kind: dict[str, set[str]] = {DEPARTEMENT: set(), EPCI: set(), COMMUNE: set()}
    for kind, code in rows:
        by_kind.setdefault(kind, set()).add(code)
    return Scope(
        frozenset(by_kind[DEPARTEMENT]), frozenset(by_kind[EPCI]), frozenset(by_kind[COMMUNE])
    )
