"""*Nouveau partenaire…* and *Modifier le partenaire…*: an organisation that offers jobs,
housing or services, where it works, and whom to call.

Checked whole by :func:`desktop.catalogue.editing.save_partner`; what it
refuses is said beside the field, the dialog staying open with what was typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.places import describe_wish, territory_index
from desktop.catalogue.editing import PartnerInput, load_partner, save_partner
from desktop.labels import labelled, partner_category_label
from desktop.models import PartnerCategory, TerritoryKind
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


class PartnerDialog(RecordDialog):
    """Creates a partner (``partner_id`` ``None``) or edits one; after ``exec()``,
    :attr:`saved_id` is the partner saved, or ``None``.

    Named ``partnerDialog``; its buttons ``savePartner`` and ``cancelPartner``.
    """

    def __init__(
        self,
        workspace: Workspace,
        partner_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, "partnerDialog", "partnerProblem", parent)
        self.setWindowTitle(
            translate("PartnerDialog", "Modifier le partenaire")
            if partner_id
            else translate("PartnerDialog", "Nouveau partenaire")
        )
        self._partner_id = partner_id

        self.organisation = QLineEdit()
        self.organisation.setObjectName("partnerOrganisation")
        self.organisation.setPlaceholderText(translate("PartnerDialog", "ex. Mairie de Dole"))
        self.category = QComboBox()
        self.category.setObjectName("partnerCategory")
        for label, category in labelled(PartnerCategory, partner_category_label):
            self.category.addItem(label, category)
        self.territory = TerritoryEdit(lambda: territory_index(workspace.database).wishes)
        self.territory.setObjectName("partnerTerritory")
        self.territory.setPlaceholderText(
            translate("PartnerDialog", "Commune, intercommunalité ou département")
        )
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("partnerContactName")
        self.phone = QLineEdit()
        self.phone.setObjectName("partnerPhone")
        self.email = QLineEdit()
        self.email.setObjectName("partnerEmail")
        form = QFormLayout()
        for caption, widget, error_field in (
            (translate("PartnerDialog", "&Organisme"), self.organisation, "organisation"),
            (translate("PartnerDialog", "&Domaine"), self.category, None),
            (translate("PartnerDialog", "&Territoire"), self.territory, "territory"),
            (translate("PartnerDialog", "&Contact"), self.contact_name, "contact_name"),
            (translate("PartnerDialog", "Télé&phone"), self.phone, "phone"),
            (translate("PartnerDialog", "&E-mail"), self.email, "email"),
        ):
            self.add_row(form, caption, widget, error_field)
        buttons, self.save_button = self.button_box(
            translate("PartnerDialog", "Enregistrer"),
            "savePartner",
            translate("PartnerDialog", "Annuler"),
            "cancelPartner",
        )
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        if partner_id is not None:
            self._show(partner_id)
        self.resize(560, self.sizeHint().height())

    def to_input(self) -> PartnerInput:
        place = self.territory.resolved()
        return PartnerInput(
            category=self.category.currentData(),
            organisation=self.organisation.text(),
            contact_name=self.contact_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            territory_kind=place.kind if place is not None else TerritoryKind.COMMUNE,
            territory_code=place.code if place is not None else self.territory.text().strip(),
        )

    def save(self) -> uuid.UUID | None:
        data, partner_id = self.to_input(), self._partner_id
        return self.submit(lambda session: save_partner(session, data, partner_id=partner_id).id)

    def _show(self, partner_id: uuid.UUID) -> None:
        with self._workspace.database.session() as session:
            data = load_partner(session, partner_id)
            place = describe_wish(session, data.territory_kind, data.territory_code)
        self.organisation.setText(data.organisation)
        self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
        self.territory.set_value(
            (place.label, place) if place is not None else (data.territory_code, None)
        )
        self.contact_name.setText(data.contact_name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
