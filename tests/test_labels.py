"""Every stored choice has a label an officer can read."""

from __future__ import annotations

import enum
from collections.abc import Callable

import pytest

from desktop import labels
from desktop.models import (
    ConsentChannel,
    HousingTenure,
    HousingType,
    Maturity,
    NeedDomain,
    NeedState,
    PersonRole,
    ProjectType,
    SchoolLevel,
    Source,
)

LABELLED: list[tuple[type[enum.Enum], Callable[..., str]]] = [
    (Source, labels.source_label),
    (ProjectType, labels.project_type_label),
    (Maturity, labels.maturity_label),
    (HousingTenure, labels.housing_tenure_label),
    (HousingType, labels.housing_type_label),
    (ConsentChannel, labels.consent_channel_label),
    (NeedDomain, labels.need_domain_label),
    (NeedState, labels.need_state_label),
    (PersonRole, labels.person_role_label),
    (SchoolLevel, labels.school_level_label),
]


@pytest.mark.parametrize(
    ("kind", "label"), LABELLED, ids=lambda value: getattr(value, "__name__", "")
)
def test_each_member_has_its_own_label(kind: type[enum.Enum], label: Callable[..., str]) -> None:
    texts = [label(member) for member in kind]
    assert all(text and text != member.value for text, member in zip(texts, kind, strict=True))
    assert len(set(texts)) == len(texts)


def test_labelled_pairs_follow_the_enum_order() -> None:
    assert labels.labelled(Maturity, labels.maturity_label) == [
        ("En réflexion", Maturity.IDEA),
        ("Projet défini", Maturity.PLANNED),
        ("Départ imminent", Maturity.IMMINENT),
    ]
