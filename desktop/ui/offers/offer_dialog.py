"""*Nouvelle offre…* and *Modifier l'offre…*: one offer of the catalogue, checked whole.

What :func:`desktop.catalogue.editing.save_offer` refuses is said in French
beside its field and the dialog stays open with everything typed; a saved
offer syncs to the shared catalogue at the next sync.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.places import Place, describe_wish, territory_index
from desktop.catalogue.editing import PRICE_MAX, OfferInput, load_offer, save_offer
from desktop.catalogue.pricing import MONTHLY_RENT_BELOW
from desktop.catalogue.search import list_partners
from desktop.labels import labelled, offer_kind_label
from desktop.models import OfferKind, TerritoryKind
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


class OfferDialog(RecordDialog):
    """Creates an offer (``offer_id`` ``None``) or edits one; after ``exec()``,
    :attr:`saved_id` is the offer saved, or ``None``.

    Named ``offerDialog``; its buttons ``saveOffer`` and ``cancelOffer``.
    """

    def __init__(
        self,
        workspace: Workspace,
        offer_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, "offerDialog", "offerProblem", parent)
        self.setWindowTitle(
            translate("OfferDialog", "Modifier l'offre")
            if offer_id
            else translate("OfferDialog", "Nouvelle offre")
        )
        self._offer_id = offer_id
        self._build()
        if offer_id is not None:
            with workspace.database.session() as session:
                self._show(load_offer(session, offer_id))
        self.resize(640, self.sizeHint().height())

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("offerKind")
        for label, kind in labelled(OfferKind, offer_kind_label):
            self.kind.addItem(label, kind)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("offerTitle")
        self.title_edit.setPlaceholderText(
            translate("OfferDialog", "ex. Infirmier (H/F) – CDI – Dole")
        )
        self.details = QPlainTextEdit()
        self.details.setObjectName("offerDetails")
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(72)
        self.commune = TerritoryEdit(lambda: territory_index(self._workspace.database).communes)
        self.commune.setObjectName("offerCommune")
        self.commune.setPlaceholderText(translate("OfferDialog", "Commune (ex. Dole)"))
        self.has_end = QCheckBox(translate("OfferDialog", "Jusqu'au :"))
        self.has_end.setObjectName("offerHasEnd")
        self.valid_until = QDateEdit(QDate(self._workspace.today()).addMonths(3))
        self.valid_until.setObjectName("offerValidUntil")
        self.valid_until.setDisplayFormat("dd/MM/yyyy")
        self.valid_until.setCalendarPopup(True)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        self.has_end.setChecked(True)
        self.price = QSpinBox()
        self.price.setObjectName("offerPrice")
        self.price.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        self.price.setRange(0, PRICE_MAX)
        self.price.setGroupSeparatorShown(True)
        self.price.setSuffix(" €")
        self.price.setSpecialValueText(translate("OfferDialog", "Aucun"))
        price_hint = QLabel(
            translate(
                "OfferDialog",
                "Logement : un loyer par mois (moins de {limit} €) ou un prix de vente.",
            ).format(limit=QLocale().toString(MONTHLY_RENT_BELOW))
        )
        price_hint.setWordWrap(True)
        self.partner = QComboBox()
        self.partner.setObjectName("offerPartner")
        self.partner.addItem(translate("OfferDialog", "Aucun partenaire"), None)
        with self._workspace.database.session() as session:
            for partner in list_partners(session):
                self.partner.addItem(partner.organisation, partner.id)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("offerContactName")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("offerContactPhone")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("offerContactEmail")

        self._lay_out(price_hint)

    def _lay_out(self, price_hint: QLabel) -> None:
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.valid_until)
        end_row.addStretch(1)
        end_holder = QWidget()
        end_holder.setLayout(end_row)
        end_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        for caption, widget, error_field in (
            (translate("OfferDialog", "T&ype"), self.kind, None),
            (translate("OfferDialog", "&Intitulé"), self.title_edit, "title"),
            (translate("OfferDialog", "&Détails"), self.details, None),
            (translate("OfferDialog", "&Commune"), self.commune, "commune_code"),
            (translate("OfferDialog", "&Valable"), end_holder, "valid_until"),
            (translate("OfferDialog", "&Prix"), self.price, "price_eur"),
            ("", price_hint, None),
            (translate("OfferDialog", "P&artenaire"), self.partner, "partner_id"),
            (translate("OfferDialog", "C&ontact"), self.contact_name, "contact_name"),
            (translate("OfferDialog", "&Téléphone"), self.contact_phone, "contact_phone"),
            (translate("OfferDialog", "&E-mail"), self.contact_email, "contact_email"),
        ):
            end = widget is end_holder
            self.add_row(
                form,
                caption,
                widget,
                error_field,
                buddy=self.has_end if end else None,
                marked=self.valid_until if end else None,
            )
        buttons, self.save_button = self.button_box(
            translate("OfferDialog", "Enregistrer"),
            "saveOffer",
            translate("OfferDialog", "Annuler"),
            "cancelOffer",
        )
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def to_input(self) -> OfferInput:
        place = self.commune.resolved()
        return OfferInput(
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            details=self.details.toPlainText(),
            commune_code=place.code if place is not None else self.commune.text().strip(),
            valid_until=self.valid_until.date().toPython() if self.has_end.isChecked() else None,
            price_eur=self.price.value() or None,
            partner_id=self.partner.currentData(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
        )

    def save(self) -> uuid.UUID | None:
        data, today, offer_id = self.to_input(), self._workspace.today(), self._offer_id
        return self.submit(
            lambda session: save_offer(session, data, today=today, offer_id=offer_id).id
        )

    def _show(self, data: OfferInput) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.title_edit.setText(data.title)
        self.details.setPlainText(data.details)
        with self._workspace.database.session() as session:
            place = describe_wish(session, TerritoryKind.COMMUNE, data.commune_code)
        self.commune.set_value(_place_value(place, data.commune_code))
        self.has_end.setChecked(data.valid_until is not None)
        if data.valid_until is not None:
            self.valid_until.setDate(QDate(data.valid_until))
        self.price.setValue(data.price_eur or 0)
        self.partner.setCurrentIndex(max(self.partner.findData(data.partner_id), 0))
        self.contact_name.setText(data.contact_name)
        self.contact_phone.setText(data.contact_phone)
        self.contact_email.setText(data.contact_email)


def _place_value(place: Place | None, code: str) -> tuple[str, Place | None]:
    return (place.label, place) if place is not None else (code, None)
