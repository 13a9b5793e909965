"""French names of the household's coded values, as the form and the page show them.

The domain stores stable codes (``ProjectType.JOB_MOVE`` is ``"mutation_emploi"``);
what the officer reads is decided here, once, so every widget names a value the
same way and the translation catalogue holds each name once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from desktop.models import (
    ConsentChannel,
    HousingTenure,
    HousingType,
    Maturity,
    NeedDomain,
    NeedState,
    ProjectType,
    SchoolLevel,
    Source,
)

E = TypeVar("E", bound=enum.Enum)


def project_type_label(value: ProjectType) -> str:
    return {
        ProjectType.JOB_MOVE: QCoreApplication.translate(
            "HouseholdLabels", "Mutation ou nouvel emploi"
        ),
        ProjectType.REMOTE_WORK: QCoreApplication.translate("HouseholdLabels", "Télétravail"),
        ProjectType.BUSINESS: QCoreApplication.translate(
            "HouseholdLabels", "Création ou reprise d'entreprise"
        ),
        ProjectType.RETIREMENT: QCoreApplication.translate("HouseholdLabels", "Retraite"),
        ProjectType.OTHER: QCoreApplication.translate("HouseholdLabels", "Autre projet"),
    }[value]


def maturity_label(value: Maturity) -> str:
    return {
        Maturity.IDEA: QCoreApplication.translate("HouseholdLabels", "En réflexion"),
        Maturity.PLANNED: QCoreApplication.translate("HouseholdLabels", "Projet défini"),
        Maturity.IMMINENT: QCoreApplication.translate("HouseholdLabels", "Départ imminent"),
    }[value]


def housing_tenure_label(value: HousingTenure) -> str:
    return {
        HousingTenure.RENT: QCoreApplication.translate("HouseholdLabels", "Location"),
        HousingTenure.BUY: QCoreApplication.translate("HouseholdLabels", "Achat"),
        HousingTenure.UNDECIDED: QCoreApplication.translate("HouseholdLabels", "Location ou achat"),
    }[value]


def housing_type_label(value: HousingType) -> str:
    return {
        HousingType.HOUSE: QCoreApplication.translate("HouseholdLabels", "Maison"),
        HousingType.APARTMENT: QCoreApplication.translate("HouseholdLabels", "Appartement"),
        HousingType.LAND: QCoreApplication.translate("HouseholdLabels", "Terrain à bâtir"),
        HousingType.ANY: QCoreApplication.translate("HouseholdLabels", "Indifférent"),
    }[value]


def need_domain_label(value: NeedDomain) -> str:
    return {
        NeedDomain.JOB: QCoreApplication.translate("HouseholdLabels", "Emploi"),
        NeedDomain.PARTNER_JOB: QCoreApplication.translate("HouseholdLabels", "Emploi du conjoint"),
        NeedDomain.HOUSING: QCoreApplication.translate("HouseholdLabels", "Logement"),
        NeedDomain.SCHOOL: QCoreApplication.translate("HouseholdLabels", "École"),
        NeedDomain.CHILDCARE: QCoreApplication.translate("HouseholdLabels", "Garde d'enfant"),
        NeedDomain.HEALTH: QCoreApplication.translate("HouseholdLabels", "Santé"),
        NeedDomain.TRANSPORT: QCoreApplication.translate("HouseholdLabels", "Mobilité"),
        NeedDomain.BUSINESS: QCoreApplication.translate("HouseholdLabels", "Création d'entreprise"),
        NeedDomain.SOCIAL_LIFE: QCoreApplication.translate(
            "HouseholdLabels", "Vie sociale et loisirs"
        ),
    }[value]


def need_state_label(value: NeedState) -> str:
    return {
        NeedState.OPEN: QCoreApplication.translate("HouseholdLabels", "À traiter"),
        NeedState.IN_PROGRESS: QCoreApplication.translate("HouseholdLabels", "En cours"),
        NeedState.MET: QCoreApplication.translate("HouseholdLabels", "Satisfait"),
        NeedState.DROPPED: QCoreApplication.translate("HouseholdLabels", "Abandonné"),
    }[value]


def school_level_label(value: SchoolLevel) -> str:
    return {
        SchoolLevel.NONE: QCoreApplication.translate("HouseholdLabels", "Non scolarisé"),
        SchoolLevel.NURSERY: QCoreApplication.translate("HouseholdLabels", "Maternelle"),
        SchoolLevel.PRIMARY: QCoreApplication.translate("HouseholdLabels", "Élémentaire"),
        SchoolLevel.MIDDLE: QCoreApplication.translate("HouseholdLabels", "Collège"),
        SchoolLevel.HIGH: QCoreApplication.translate("HouseholdLabels", "Lycée"),
        SchoolLevel.HIGHER: QCoreApplication.translate("HouseholdLabels", "Études supérieures"),
    }[value]


def consent_channel_label(value: ConsentChannel) -> str:
    return {
        ConsentChannel.WEBSITE: QCoreApplication.translate("HouseholdLabels", "Site web"),
        ConsentChannel.FAIR: QCoreApplication.translate("HouseholdLabels", "Salon"),
        ConsentChannel.PHONE: QCoreApplication.translate("HouseholdLabels", "Téléphone"),
        ConsentChannel.PAPER: QCoreApplication.translate("HouseholdLabels", "Formulaire papier"),
        ConsentChannel.EMAIL: QCoreApplication.translate("HouseholdLabels", "E-mail"),
    }[value]


def source_label(value: Source) -> str:
    return {
        Source.WEBSITE: QCoreApplication.translate("HouseholdLabels", "Site web régional"),
        Source.FAIR: QCoreApplication.translate("HouseholdLabels", "Salon"),
        Source.PHONE: QCoreApplication.translate("HouseholdLabels", "Téléphone"),
        Source.PARTNER: QCoreApplication.translate("HouseholdLabels", "Partenaire"),
        Source.OTHER: QCoreApplication.translate("HouseholdLabels", "Accueil direct ou autre"),
    }[value]


def labelled(values: type[E], label: Callable[[E], str]) -> list[tuple[str, E]]:
    """(label, value) pairs in the enum's order, for filling a combo box."""
    return [(label(value), value) for value in values]
