"""*Suggestions* on the household page: reasons in French, *Proposer* in one click, states moved.

The family wants a nursing job and a house around Dole; the catalogue has a
nurse's job in Dole and a house for sale in Authume (the same intercommunality)
within budget. The suggestions come with their reasons; one click proposes
the job; its referral is listed and moves proposé → transmis → accepté, and
the dossier handed to the household lists it.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
from sqlalchemy import select

from desktop.cases.households import (
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.catalogue.editing import OfferInput, save_offer
from desktop.documents.dossier_data import load_dossier
from desktop.models import (
    DocumentVersion,
    HousingTenure,
    NeedDomain,
    OfferKind,
    PersonRole,
    Referral,
    ReferralState,
    Source,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.household.page import HouseholdPage
from desktop.ui.main_window import MainWindow
from tests.ui.driving import open_main_window, tick

pytestmark = pytest.mark.usefixtures("french")

TODAY = date.today()
T = TypeVar("T", bound=QWidget)


@pytest.fixture
def offers(database: Database) -> dict[str, uuid.UUID]:
    with database.transaction() as session:
        return {
            "nurse": save_offer(
                session,
                OfferInput(OfferKind.JOB, "Infirmier (H/F) – CDI – Dole", commune_code="39198"),
                today=TODAY,
            ).id,
            "house": save_offer(
                session,
                OfferInput(
                    OfferKind.HOUSING,
                    "Maison 5 pièces avec jardin – Authume",
                    commune_code="39030",
                    price_eur=185_000,
                ),
                today=TODAY,
            ).id,
        }


def register(database: Database, **values: object) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(
                PersonRole.ADULT, "Hélène", "Lefèvre", occupation="Infirmière", phone="0612345678"
            )
        ],
        targets=[TargetInput(TerritoryKind.EPCI, "200010650")],
        needs=[NeedInput(NeedDomain.JOB), NeedInput(NeedDomain.HOUSING)],
        housing_tenure=HousingTenure.BUY,
        housing_budget_eur=200_000,
    )
    for name, value in values.items():
        setattr(data, name, value)
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path, officer_id: uuid.UUID) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, officer_id=officer_id, size=(1280, 800))


def opened(qtbot, window: MainWindow, household_id: uuid.UUID) -> HouseholdPage:
    window.workspace.open_household(household_id)
    page = window.household_page
    qtbot.waitUntil(lambda: page.suggestions.household_id == household_id)
    qtbot.waitUntil(lambda: not page.suggestions.busy)
    return page


def shown(panel: QWidget, kind: type[T], name: str) -> list[T]:
    """The widgets of a kind and name on screen (rows replaced are hidden before they go)."""
    return [widget for widget in panel.findChildren(kind, name) if widget.isVisible()]


def test_suggestions_with_reasons_then_one_click_and_states(
    qtbot, window: MainWindow, database: Database, offers: dict[str, uuid.UUID], officer_id
) -> None:
    household_id = register(database)
    page = opened(qtbot, window, household_id)
    panel = page.suggestions
    assert panel.isVisible()
    assert [s.offer_id for s in panel.suggestions] == [offers["nurse"], offers["house"]]
    headlines = [label.text() for label in shown(panel, QLabel, "suggestionHeadline")]
    assert headlines == [
        "emploi — infirmier·ère recherché·e à Dole, dans l'intercommunalité souhaitée",
        "logement — maison 5 pièces avec jardin à Authume, dans l'intercommunalité souhaitée",
    ]
    reasons = [label.text() for label in shown(panel, QLabel, "suggestionReasons")]
    assert reasons[0].startswith("métier de Hélène Lefèvre : Infirmière")
    assert "dans le budget : 185\u00a0000\u00a0€ pour 200\u00a0000\u00a0€ prévus" in reasons[1]

    propose = shown(panel, QPushButton, "proposeOffer")[0]
    qtbot.mouseClick(propose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy)
    with database.session() as session:
        referral = session.scalars(select(Referral)).one()
    assert (referral.offer_id, referral.state, referral.officer_id) == (
        offers["nurse"],
        ReferralState.PROPOSED,
        officer_id,
    )
    done = [label.text() for label in shown(panel, QLabel, "alreadyProposed")]
    assert done == ["✓ Proposé"]
    assert len(shown(panel, QPushButton, "proposeOffer")) == 1  # the house is left

    for wanted in (ReferralState.SENT, ReferralState.ACCEPTED):
        combo = shown(panel, QComboBox, "referralState")[0]
        combo.activated.emit(combo.findData(wanted))
        qtbot.waitUntil(lambda: not panel.busy)
        with database.session() as session:
            assert session.get_one(Referral, referral.id).state is wanted
    combo = shown(panel, QComboBox, "referralState")[0]
    assert combo.currentText() == "Accepté"

    dossier = load_dossier(database, household_id, DocumentVersion.HOUSEHOLD, today=TODAY)
    assert [(r.title, r.state) for r in dossier.referrals] == [
        ("Infirmier (H/F) – CDI – Dole", ReferralState.ACCEPTED)
    ]


def test_a_household_with_no_possible_match_is_told_so(
    qtbot, window: MainWindow, database: Database, offers: dict[str, uuid.UUID]
) -> None:
    household_id = register(
        database,
        targets=[TargetInput(TerritoryKind.COMMUNE, "58095")],
        needs=[NeedInput(NeedDomain.HEALTH)],
    )
    page = opened(qtbot, window, household_id)
    assert page.suggestions.suggestions == []
    assert page.suggestions.note.text().startswith("Aucune offre du catalogue ne correspond")
    assert page.suggestions.referrals_empty.isVisible()


def test_saving_new_needs_brings_new_suggestions(
    qtbot, window: MainWindow, database: Database, offers: dict[str, uuid.UUID]
) -> None:
    household_id = register(database, needs=[NeedInput(NeedDomain.HOUSING)])
    page = opened(qtbot, window, household_id)
    assert [s.offer_id for s in page.suggestions.suggestions] == [offers["house"]]
    tick(qtbot, page.form.needs.lines[NeedDomain.JOB].check)
    assert page.save() == household_id
    qtbot.waitUntil(lambda: len(page.suggestions.suggestions) == 2)
    assert page.suggestions.suggestions[0].offer_id == offers["nurse"]
