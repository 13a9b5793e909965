"""Choosing the interface language and installing Qt's translators.

French is the source language of every message, so French needs no catalogue of
ours, only Qt's own ``qtbase_fr.qm`` for the standard buttons ("Annuler",
"Oui"). English comes from ``resources/translations/escale_en.qm``. The Qt-free
code (validation, database) translates through :mod:`desktop.i18n`, which is
pointed at Qt's translator here so its messages follow the same language.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop import i18n
from desktop.paths import RESOURCES_DIR
from desktop.ui import settings as keys

log = logging.getLogger(__name__)

FRENCH = "fr"
ENGLISH = "en"
LANGUAGES = (FRENCH, ENGLISH)
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

_LOCALES = {
    FRENCH: QLocale(QLocale.Language.French, QLocale.Country.France),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def choose_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language stored in the settings, else English for an English system, else French."""
    stored = keys.read_text(settings, keys.LANGUAGE)
    if stored in LANGUAGES:
        return stored
    system = system or QLocale.system()
    return ENGLISH if system.language() == QLocale.Language.English else FRENCH


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"escale_{language}.qm"


@dataclass
class InstalledTranslations:
    """What :func:`install_translations` changed, so it can be undone (tests, restarts)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        i18n.install_translator(None)


def install_translations(language: str) -> InstalledTranslations:
    """Install the translators and default locale for ``language`` (``"fr"`` or ``"en"``).

    A missing catalogue is logged and leaves the French source texts, which are
    complete: the application still starts.
    """
    installed = InstalledTranslations(language=language)
    if language == ENGLISH:
        _load(installed, catalogue_path(ENGLISH))
    else:
        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(installed, qt_translations / "qtbase_fr.qm")
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[FRENCH]))
    in_workers = functools.partial(install_worker_translations, language)
    i18n.install_translator(
        QCoreApplication.translate, in_workers=in_workers if language == ENGLISH else None
    )
    return installed


def install_worker_translations(language: str) -> None:
    """In a worker process, which has no application: the Qt-free messages in ``language``."""
    translator = QTranslator()
    if not translator.load(str(catalogue_path(language))):
        log.warning("translation catalogue %s not found or unreadable", catalogue_path(language))
        return
    i18n.install_translator(lambda context, text: translator.translate(context, text) or text)


def _load(installed: InstalledTranslations, path: Path) -> None:
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("translation catalogue %s not found or unreadable", path)
        return
    QCoreApplication.installTranslator(translator)
    installed.translators.append(translator)
