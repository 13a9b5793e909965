"""The interface in English and in French, and the English catalogue kept complete."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop.errors import DatabaseOpenError
from desktop.i18n import translate
from desktop.paths import RESOURCES_DIR
from desktop.storage import Database, open_database
from desktop.ui import settings as keys
from desktop.ui.application import create_main_window
from desktop.ui.settings import open_settings
from desktop.ui.translations import InstalledTranslations, choose_language, install_translations

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = RESOURCES_DIR / "translations" / "escale_en.ts"
QM_FILE = RESOURCES_DIR / "translations" / "escale_en.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, translation element) of every message of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append((name, message.findtext("source") or "", message.find("translation")))
    return messages


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or its singular and plural forms for a ``%n`` message."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


@pytest.fixture
def english(qapp) -> Iterator[InstalledTranslations]:
    installed = install_translations("en")
    yield installed
    installed.remove()


@pytest.fixture
def french(qapp) -> Iterator[InstalledTranslations]:
    installed = install_translations("fr")
    yield installed
    installed.remove()


def test_the_navigation_and_menus_read_in_english(
    qtbot, english: InstalledTranslations, database: Database, data_dir: Path
) -> None:
    assert english.translators, "escale_en.qm did not load"
    window = create_main_window(database, open_settings(data_dir))
    qtbot.addWidget(window)
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == [
        "Cases",
        "Follow-ups",
        "Fairs",
        "Offers",
        "Dashboard",
        "Sync",
        "Retention",  # once resources/translations has « Conservation »
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    assert window.page("offres").figure_texts()[0] == ("Current offers", "0")


def test_domain_messages_follow_the_interface_language(
    english: InstalledTranslations, tmp_path: Path
) -> None:
    garbage = tmp_path / "escale.db"
    garbage.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(garbage)
    assert refused.value.message.startswith(f"The file {garbage} is not a readable Escale database")
    assert translate("Cli", "remplir une base avec des foyers de démonstration") == (
        "fill a database with demonstration households"
    )


def test_removing_the_translations_restores_french(tmp_path: Path, qapp) -> None:
    install_translations("en").remove()
    assert translate("Workflow", "Installé") == "Installé"
    assert QCoreApplication.translate("Pages", "Dossiers") == "Dossiers"


def test_numbers_follow_the_language(qapp) -> None:
    for language, expected in (("fr", "12\u202f000"), ("en", "12,000")):
        installed = install_translations(language)
        try:
            assert QLocale().toString(12_000) == expected
        finally:
            installed.remove()


def test_standard_buttons_read_in_french(qtbot, french: InstalledTranslations) -> None:
    assert french.translators, "Qt's qtbase_fr.qm did not load"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Annuler", "Oui", "Fermer"}


@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("en", QLocale.Language.French, "en"),
        ("fr", QLocale.Language.English, "fr"),
        (None, QLocale.Language.English, "en"),
        (None, QLocale.Language.French, "fr"),
        (None, QLocale.Language.German, "fr"),
        ("klingon", QLocale.Language.English, "en"),
    ],
)
def test_the_language_is_the_stored_choice_else_the_system_one(
    data_dir: Path, stored: str | None, system: QLocale.Language, expected: str
) -> None:
    settings = open_settings(data_dir)
    if stored is not None:
        settings.setValue(keys.LANGUAGE, stored)
    assert choose_language(settings, QLocale(system)) == expected


def test_every_message_has_a_finished_english_translation() -> None:
    messages = ts_messages(TS_FILE)
    assert len(messages) > 50
    unfinished = [
        (context, source)
        for context, source, translation in messages
        if translation is None
        or translation.get("type")
        or not all(form.strip() for form in forms(translation))
    ]
    assert unfinished == []


def test_translations_keep_every_placeholder() -> None:
    wrong = [
        (context, source)
        for context, source, translation in ts_messages(TS_FILE)
        if translation is not None
        and any(
            sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
            for form in forms(translation)
        )
    ]
    assert wrong == []


def test_the_compiled_catalogue_matches_the_ts_file(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = []
    for context, source, translation in ts_messages(TS_FILE):
        if translation is None:
            continue
        expected = forms(translation)
        if len(expected) == 1:
            compiled = [translator.translate(context, source)]
        else:  # English: one, then other
            compiled = [translator.translate(context, source, None, n) for n in (1, 2)]
        if compiled != expected:
            stale.append((context, source))
    assert stale == []
    retry = "Trois phrases secrètes incorrectes : attendez %n seconde(s) avant de réessayer."
    assert [translator.translate("AppLock", retry, None, n) for n in (1, 30)] == [
        "Three incorrect passphrases: wait %n second before trying again.",
        "Three incorrect passphrases: wait %n seconds before trying again.",
    ]


def test_the_ts_file_holds_every_message_of_the_code(tmp_path: Path) -> None:
    """A new message must reach the catalogue: run tools/update_translations.py and translate."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    assert lupdate.is_file(), "pyside6-lupdate ships with pyside6-essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {(context, source) for context, source, _ in ts_messages(fresh)}
    in_catalogue = {(context, source) for context, source, _ in ts_messages(TS_FILE)}
    assert sorted(in_code - in_catalogue) == []
    assert sorted(in_catalogue - in_code) == []
