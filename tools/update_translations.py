"""Refresh the English catalogue from the sources, then compile it.

Runs ``pyside6-lupdate`` over every ``.py`` file of ``desktop/`` (it finds
``self.tr(...)``, ``QCoreApplication.translate(...)`` and the Qt-free
``translate("Context", ...)`` of :mod:`desktop.i18n`) into
``resources/translations/escale_en.ts``, then ``pyside6-lrelease`` into
``escale_en.qm``. Messages gone from the code are dropped; new ones arrive
unfinished, for a translator to fill in before the ``.qm`` is committed.

Usage: ``.venv/bin/python tools/update_translations.py [--check]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def forms(translation: ET.Element) -> list[str]:
    """The translated text, or its singular and plural forms for a ``%n`` message."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def unfinished(ts_file: Path) -> list[str]:
    """Source texts of ``ts_file`` without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not all(form.strip() for form in forms(translation))
        ):
            missing.append(message.findtext("source") or "")
    return missing


def update(language: str, locale: str) -> Path:
    ts_file = TRANSLATIONS / f"escale_{language}.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "fr_FR",
            "-target-language",
            locale,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )
    return ts_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail when a message has no finished translation"
    )
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for language, locale in LANGUAGES.items():
        missing = unfinished(update(language, locale))
        for source in missing:
            print(f"{language}: untranslated: {source}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
