"""The *Offres* page: the catalogue searched, filtered and read; offers and partners edited.

The table is a model over the database (checked by Qt's model tester); the
search is accent-blind; a refused offer says what is wrong beside the field
and keeps what was typed; every save reaches the sync outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desktop.catalogue.editing import OfferInput, PartnerInput, save_offer, save_partner
from desktop.models import (
    Offer,
    OfferKind,
    Partner,
    PartnerCategory,
    SyncOutbox,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.main_window import MainWindow
from desktop.ui.offers.page import OffersPage
from desktop.ui.settings import open_settings
from tests.ui.driving import keys, mnemonic_clashes, pick_place, tick, type_in

pytestmark = pytest.mark.usefixtures("french")

TODAY = date.today()
DOLE, TAVAUX, NEVERS = "39198", "39526", "58194"


@pytest.fixture
def catalogue(database: Database) -> dict[str, uuid.UUID]:
    with database.transaction() as session:
        creche = save_partner(
            session,
            PartnerInput(
                PartnerCategory.CHILDCARE,
                "Crèche Les Lucioles",
                contact_name="Élodie Martin",
                phone="03 84 12 34 56",
                email="contact@lucioles.example.fr",
                territory_kind=TerritoryKind.COMMUNE,
                territory_code=TAVAUX,
            ),
        )
        session.flush()
        ids = {"creche_partner": creche.id}
        for key, kind, title, commune, price, partner in (
            (
                "creche",
                OfferKind.SERVICE,
                "Places en micro-crèche – Tavaux",
                TAVAUX,
                None,
                creche.id,
            ),
            ("nurse", OfferKind.JOB, "Infirmier (H/F) – CDI – Dole", DOLE, None, None),
            ("flat", OfferKind.HOUSING, "Appartement T3 – Dole", DOLE, 650, None),
            ("house", OfferKind.HOUSING, "Maison avec jardin – Nevers", NEVERS, 145_000, None),
            ("old", OfferKind.JOB, "Boulanger (H/F) – Dole", DOLE, None, None),
        ):
            ids[key] = save_offer(
                session,
                OfferInput(kind, title, commune_code=commune, price_eur=price, partner_id=partner),
                today=TODAY,
            ).id
    with database.transaction() as session:
        session.get_one(Offer, ids["old"]).valid_until = TODAY - timedelta(days=3)
    return ids


@pytest.fixture
def window(
    qtbot, database: Database, data_dir: Path, catalogue: dict[str, uuid.UUID]
) -> MainWindow:
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def page(qtbot, window: MainWindow) -> OffersPage:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.offers_page
    assert window.current_page() is page
    return page


def titles(page: OffersPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def in_dialog(name: str, act: Callable[[QDialog], None], seen: list[str]) -> None:
    """Run ``act`` on the modal dialog ``name`` once it shows (and is active)."""
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.objectName() != name:
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, run)
            return
        seen.append(name)
        try:
            act(dialog)
        finally:
            if dialog.isVisible() and "keep-open" not in seen:
                dialog.reject()

    QTimer.singleShot(0, run)


def test_the_model_passes_qts_model_tester(page: OffersPage, qtmodeltester) -> None:
    page.show_expired.setChecked(True)
    qtmodeltester.check(page.model, force_py=True)


def test_search_filters_and_detail(qtbot, page: OffersPage, catalogue) -> None:
    assert page.count.text() == "4 offre(s)"  # the expired one is hidden
    assert page.figure_texts() == [("Offres en cours", "4"), ("Partenaires", "1")]
    assert "Boulanger (H/F) – Dole" not in titles(page)

    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        keys(qtbot, page.search, "creche")
    assert titles(page) == ["Places en micro-crèche – Tavaux"]
    detail = page.partner.text()
    assert "Crèche Les Lucioles" in detail and "03 84 12 34 56" in detail
    assert "contact@lucioles.example.fr" in detail
    assert page.edit_partner_button.isEnabled()

    type_in(qtbot, page.search, "")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    type_in(qtbot, page.territory, "Jura")
    qtbot.keyClick(page.territory, Qt.Key.Key_Return)
    assert sorted(titles(page)) == [
        "Appartement T3 – Dole",
        "Infirmier (H/F) – CDI – Dole",
        "Places en micro-crèche – Tavaux",
    ]
    page.kind.setCurrentIndex(page.kind.findData(OfferKind.HOUSING))
    assert titles(page) == ["Appartement T3 – Dole"]
    assert page.model.index(0, 4).data() == "650 € / mois"

    page.kind.setCurrentIndex(page.kind.findData(OfferKind.JOB))
    tick(qtbot, page.show_expired)
    assert sorted(titles(page)) == ["Boulanger (H/F) – Dole", "Infirmier (H/F) – CDI – Dole"]
    old = page.model.row_of(catalogue["old"])
    assert page.model.index(old, 0).data(Qt.ItemDataRole.ToolTipRole) == "Offre expirée"

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.count.text() == "4 offre(s)" and page.territory.text() == ""


def test_a_new_offer_is_refused_then_saved_with_nothing_typed_lost(
    qtbot, page: OffersPage, database: Database
) -> None:
    seen: list[str] = []
    remembered: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(OfferKind.JOB))
        keys(qtbot, dialog.contact_phone, "12")
        dialog.save()
        remembered["errors"] = {k: v.text() for k, v in dialog.errors.items() if v.text()}
        remembered["phone kept"] = dialog.contact_phone.text()
        assert dialog.isVisible()  # refused: still open
        type_in(qtbot, dialog.title_edit, "Aide-soignant (H/F) – CDI – Dole")
        pick_place(qtbot, dialog.commune, "Dole")
        type_in(qtbot, dialog.contact_phone, "03 84 79 11 11")
        dialog.save()

    in_dialog("offerDialog", fill, seen)
    new_id = page.new_offer()
    assert seen == ["offerDialog"]
    errors = remembered["errors"]
    assert errors["title"] == "Intitulé : saisissez l'intitulé de l'offre."
    assert errors["commune_code"].startswith("Commune : choisissez la commune")
    assert "« 12 » n'est pas un numéro valide" in errors["contact_phone"]
    assert remembered["phone kept"] == "12"
    assert new_id is not None and page.selected_offer() == new_id
    assert "Aide-soignant (H/F) – CDI – Dole" in page.detail.text()
    with database.session() as session:
        offer = session.get_one(Offer, new_id)
        queued = session.scalars(
            select(SyncOutbox.table_name).where(SyncOutbox.record_id == new_id)
        )
        assert (offer.commune_code, offer.contact_phone) == (DOLE, "+33384791111")
        assert list(queued) == ["offer"]


def test_each_alt_letter_of_the_offer_dialog_reaches_one_field(
    page: OffersPage,
) -> None:
    clashes: dict[str, dict[str, list[str]]] = {}
    in_dialog("offerDialog", lambda dialog: clashes.update(offer=mnemonic_clashes(dialog)), [])
    page.new_offer()
    assert clashes == {"offer": {}}


def test_an_offer_is_edited_from_the_list_with_entree(
    qtbot, page: OffersPage, database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    page.select_offer(catalogue["nurse"])
    seen: list[str] = []

    def rename(dialog: QDialog) -> None:
        assert dialog.title_edit.text() == "Infirmier (H/F) – CDI – Dole"
        assert dialog.commune.text() == "Dole (39)"
        type_in(qtbot, dialog.title_edit, "Infirmier de nuit (H/F) – CDI – Dole")
        dialog.save()

    in_dialog("offerDialog", rename, seen)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == ["offerDialog"]
    assert page.selected_offer() == catalogue["nurse"]
    assert "Infirmier de nuit" in page.detail.text()
    with database.session() as session:
        last = session.scalars(
            select(SyncOutbox)
            .where(SyncOutbox.record_id == catalogue["nurse"])
            .order_by(SyncOutbox.device_seq.desc())
        ).first()
    assert last is not None and set(last.fields) == {"title"}


def test_a_partner_is_added_after_a_refusal(qtbot, page: OffersPage, database: Database) -> None:
    seen: list[str] = []
    remembered: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        keys(qtbot, dialog.email, "mairie@")
        dialog.save()
        remembered["errors"] = sorted(k for k, v in dialog.errors.items() if v.text())
        type_in(qtbot, dialog.organisation, "Mairie de Dole")
        pick_place(qtbot, dialog.territory, "Dole")
        type_in(qtbot, dialog.email, "accueil@mairie-dole.example.fr")
        dialog.save()

    in_dialog("partnerDialog", fill, seen)
    partner_id = page.new_partner()
    assert remembered["errors"] == ["email", "organisation", "territory"]
    assert partner_id is not None
    with database.session() as session:
        partner = session.get_one(Partner, partner_id)
    assert (partner.territory_kind, partner.territory_code) == (TerritoryKind.COMMUNE, DOLE)
    assert page.figure_texts()[1] == ("Partenaires", "2")
