"""How each stored choice reads for an officer, in the interface language.

The enums keep stable ASCII values for the database and the server; every
screen and document shows these labels instead. One function per enum, so a
new member fails loudly (``KeyError``) rather than showing a raw value.
Status, channel and horizon labels live beside their workflow
(:func:`desktop.workflow.status.status_label`,
:func:`desktop.cases.timeline.channel_label`,
:func:`desktop.cases.follow_ups.horizon_label`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from desktop.i18n import translate
from desktop.models import (
    ConsentChannel,
    DocumentVersion,
    HousingTenure,
    HousingType,
    Maturity,
    NeedDomain,
    NeedState,
    OfferKind,
    PartnerCategory,
    PersonRole,
    ProjectType,
    ReferralState,
    SchoolLevel,
    Source,
)

E = TypeVar("E", bound=enum.Enum)


def labelled(values: type[E], label: Callable[[E], str]) -> list[tuple[str, E]]:
    """(label, value) pairs in the enum's order, for filling a choice list."""
    return [(label(value), value) for value in values]


def source_label(source: Source) -> str:
    labels = {
        Source.WEBSITE: translate("Labels", "Site web"),
        Source.FAIR: translate("Labels", "Salon"),
        Source.PHONE: translate("Labels", "Téléphone"),
        Source.PARTNER: translate("Labels", "Partenaire"),
        Source.OTHER: translate("Labels", "Accueil direct ou autre"),
    }
    return labels[source]


def project_type_label(project: ProjectType) -> str:
    labels = {
        ProjectType.JOB_MOVE: translate("Labels", "Mutation ou nouvel emploi"),
        ProjectType.REMOTE_WORK: translate("Labels", "Télétravail"),
        ProjectType.BUSINESS: translate("Labels", "Création ou reprise d'entreprise"),
        ProjectType.RETIREMENT: translate("Labels", "Retraite"),
        ProjectType.OTHER: translate("Labels", "Autre projet"),
    }
    return labels[project]


def maturity_label(maturity: Maturity) -> str:
    labels = {
        Maturity.IDEA: translate("Labels", "En réflexion"),
        Maturity.PLANNED: translate("Labels", "Projet défini"),
        Maturity.IMMINENT: translate("Labels", "Départ imminent"),
    }
    return labels[maturity]


def housing_tenure_label(tenure: HousingTenure) -> str:
    labels = {
        HousingTenure.RENT: translate("Labels", "Location"),
        HousingTenure.BUY: translate("Labels", "Achat"),
        HousingTenure.UNDECIDED: translate("Labels", "Location ou achat"),
    }
    return labels[tenure]


def housing_type_label(housing: HousingType) -> str:
    labels = {
        HousingType.HOUSE: translate("Labels", "Maison"),
        HousingType.APARTMENT: translate("Labels", "Appartement"),
        HousingType.LAND: translate("Labels", "Terrain à bâtir"),
        HousingType.ANY: translate("Labels", "Indifférent"),
    }
    return labels[housing]


def consent_channel_label(channel: ConsentChannel) -> str:
    labels = {
        ConsentChannel.WEBSITE: translate("Labels", "Formulaire du site web"),
        ConsentChannel.FAIR: translate("Labels", "Salon"),
        ConsentChannel.PHONE: translate("Labels", "Téléphone"),
        ConsentChannel.PAPER: translate("Labels", "Formulaire papier"),
        ConsentChannel.EMAIL: translate("Labels", "E-mail"),
    }
    return labels[channel]


def need_domain_label(domain: NeedDomain) -> str:
    labels = {
        NeedDomain.JOB: translate("Labels", "Emploi"),
        NeedDomain.PARTNER_JOB: translate("Labels", "Emploi du conjoint"),
        NeedDomain.HOUSING: translate("Labels", "Logement"),
        NeedDomain.SCHOOL: translate("Labels", "École"),
        NeedDomain.CHILDCARE: translate("Labels", "Garde d'enfant"),
        NeedDomain.HEALTH: translate("Labels", "Santé"),
        NeedDomain.TRANSPORT: translate("Labels", "Mobilité"),
        NeedDomain.BUSINESS: translate("Labels", "Création d'entreprise"),
        NeedDomain.SOCIAL_LIFE: translate("Labels", "Vie sociale et loisirs"),
    }
    return labels[domain]


def need_state_label(state: NeedState) -> str:
    labels = {
        NeedState.OPEN: translate("Labels", "À traiter"),
        NeedState.IN_PROGRESS: translate("Labels", "En cours"),
        NeedState.MET: translate("Labels", "Satisfait"),
        NeedState.DROPPED: translate("Labels", "Abandonné"),
    }
    return labels[state]


def person_role_label(role: PersonRole) -> str:
    labels = {
        PersonRole.ADULT: translate("Labels", "Adulte"),
        PersonRole.CHILD: translate("Labels", "Enfant"),
    }
    return labels[role]


def school_level_label(level: SchoolLevel) -> str:
    labels = {
        SchoolLevel.NONE: translate("Labels", "Non scolarisé"),
        SchoolLevel.NURSERY: translate("Labels", "Maternelle"),
        SchoolLevel.PRIMARY: translate("Labels", "Élémentaire"),
        SchoolLevel.MIDDLE: translate("Labels", "Collège"),
        SchoolLevel.HIGH: translate("Labels", "Lycée"),
        SchoolLevel.HIGHER: translate("Labels", "Études supérieures"),
    }
    return labels[level]


def offer_kind_label(kind: OfferKind) -> str:
    labels = {
        OfferKind.JOB: translate("Labels", "Offre d'emploi"),
        OfferKind.HOUSING: translate("Labels", "Logement"),
        OfferKind.BUSINESS: translate("Labels", "Reprise d'entreprise"),
        OfferKind.SERVICE: translate("Labels", "Service"),
        OfferKind.EVENT: translate("Labels", "Événement"),
    }
    return labels[kind]


def partner_category_label(category: PartnerCategory) -> str:
    labels = {
        PartnerCategory.EMPLOYMENT: translate("Labels", "Emploi"),
        PartnerCategory.HOUSING: translate("Labels", "Logement"),
        PartnerCategory.EDUCATION: translate("Labels", "Éducation"),
        PartnerCategory.CHILDCARE: translate("Labels", "Petite enfance"),
        PartnerCategory.HEALTH: translate("Labels", "Santé"),
        PartnerCategory.BUSINESS: translate("Labels", "Entreprise"),
        PartnerCategory.MOBILITY: translate("Labels", "Mobilité"),
        PartnerCategory.ASSOCIATION: translate("Labels", "Association"),
        PartnerCategory.LOCAL_AUTHORITY: translate("Labels", "Collectivité"),
    }
    return labels[category]


def referral_state_label(state: ReferralState) -> str:
    labels = {
        ReferralState.PROPOSED: translate("Labels", "Proposé"),
        ReferralState.SENT: translate("Labels", "Transmis"),
        ReferralState.ACCEPTED: translate("Labels", "Accepté"),
        ReferralState.DECLINED: translate("Labels", "Décliné"),
    }
    return labels[state]


def document_version_label(version: DocumentVersion) -> str:
    labels = {
        DocumentVersion.HOUSEHOLD: translate("Labels", "Version du foyer"),
        DocumentVersion.INTERNAL: translate("Labels", "Version chargé d'accueil (interne)"),
    }
    return labels[version]
