"""The consent a household gives to the programme, and the words it is given on.

Each stored consent keeps :data:`CONSENT_VERSION`, so the wording a household
agreed to can be found again. The form shows the wording below; documents and
the demo data refer to the same version, so it lives here, apart from any screen.
"""

from __future__ import annotations

from desktop.i18n import translate

CONSENT_VERSION = "2025-01"
"""Version of :func:`consent_wording`; bump it whenever the wording changes."""


def consent_statement() -> str:
    """What the household agrees to, in one sentence (the form's check box)."""
    return translate(
        "Consent", "Le foyer consent à ce que ses données soient traitées par le programme"
    )


def consent_wording() -> str:
    """What the household is told about its data, version :data:`CONSENT_VERSION`."""
    return translate(
        "Consent",
        "Les informations recueillies servent uniquement à accompagner le projet "
        "d'installation du foyer. Elles sont conservées trois ans après le dernier "
        "contact ; le foyer peut les consulter, les corriger ou les faire effacer à "
        "tout moment auprès de son chargé d'accueil.",
    )
