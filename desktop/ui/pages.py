"""The seven pages of the navigation: their keys, icons and titles, in order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class PageSpec:
    """What a page is: a stable key (saved in the settings), its icon and its title."""

    key: str
    icon: str
    title: str


def page_specs() -> list[PageSpec]:
    """The pages in navigation order, in the installed language (call after the translators)."""
    return [
        PageSpec("dossiers", "page-dossiers", translate("Pages", "Dossiers")),
        PageSpec("relances", "page-relances", translate("Pages", "Relances")),
        PageSpec("salon", "page-salon", translate("Pages", "Salon")),
        PageSpec("offres", "page-offres", translate("Pages", "Offres")),
        PageSpec("tableau-de-bord", "page-tableau-de-bord", translate("Pages", "Tableau de bord")),
        PageSpec("synchronisation", "page-synchronisation", translate("Pages", "Synchronisation")),
        PageSpec("conservation", "page-conservation", translate("Pages", "Conservation")),
    ]
