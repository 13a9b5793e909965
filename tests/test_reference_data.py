"""The shipped geography: what the officers' territories and the figures rest on."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.models import Commune, CommunePostcode, Departement, Epci
from desktop.storage import Database

BFC = "27"
BFC_DEPARTEMENTS = {"21", "25", "39", "58", "70", "71", "89", "90"}


def test_bourgogne_franche_comte_has_its_3685_current_communes(database: Database) -> None:
    with database.session() as session:
        count = session.scalar(
            select(func.count()).select_from(Commune).where(Commune.region_code == BFC)
        )
        departements = set(
            session.scalars(select(Departement.code).where(Departement.region_code == BFC))
        )
    assert count == 3685
    assert departements == BFC_DEPARTEMENTS


def test_all_current_french_communes_are_there_for_origins(database: Database) -> None:
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Commune)) == 34969
        creteil = session.get(Commune, "94028")
    assert creteil is not None
    assert creteil.name == "Créteil"


def test_communes_know_their_postcodes_and_intercommunality(database: Database) -> None:
    with database.session() as session:
        nevers = session.get(Commune, "58194")
        assert nevers is not None
        epci = session.get(Epci, nevers.epci_siren)
        postcodes = session.scalars(
            select(CommunePostcode.postcode).where(CommunePostcode.commune_code == "58194")
        ).all()
        chalon = session.scalars(select(Commune).where(Commune.name == "Chalon-sur-Saône")).one()
    assert nevers.departement_code == "58"
    assert epci is not None
    assert "Nevers" in epci.name
    assert postcodes == ["58000"]
    assert chalon.departement_code == "71"
