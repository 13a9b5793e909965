"""The editable presentation texts of the territories, under ``resources/territories``.

One UTF-8 file per territory, named after its code: ``21.md`` for the Côte-d'Or,
``200070639.md`` for an intercommunality (SIREN), ``21231.md`` for a commune
(INSEE code). A light Markdown: an optional ``# Titre`` first line, paragraphs
separated by a blank line, ``- `` bullets, ``**gras**`` and ``*italique*``. The
format is described for editors in ``resources/territories/README.md``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.paths import RESOURCES_DIR

log = logging.getLogger(__name__)
TERRITORIES_DIR = RESOURCES_DIR / "territories"
TEXT_LIMIT = 20_000
"""Characters read at most from one file: a text meant for a page or two."""


@dataclass(frozen=True)
class TextBlock:
    kind: Literal["paragraph", "bullet"]
    text: str
    """Light Markdown, not yet escaped."""


@dataclass(frozen=True)
class TerritoryText:
    code: str
    title: str | None
    blocks: tuple[TextBlock, ...]


def territory_text(code: str, folder: Path = TERRITORIES_DIR) -> TerritoryText | None:
    """The text written for ``code``, or ``None`` when there is none (or it cannot be read)."""
    if not code.isalnum():
        return None
    path = folder / f"{code}.md"
    try:
        source = path.read_text(encoding="utf-8-sig")[:TEXT_LIMIT]
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("territory text %s unreadable: %s", path, error)
        return None
    return parse_territory_text(code, source)


def parse_territory_text(code: str, source: str) -> TerritoryText | None:
    lines = source.replace("\r\n", "\n").split("\n")
    title = None
    if lines and lines[0].startswith("# "):
        title = lines.pop(0)[2:].strip() or None
    blocks: list[TextBlock] = []
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            blocks.append(TextBlock("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            close_paragraph()
        elif line.startswith(("- ", "* ")):
            close_paragraph()
            blocks.append(TextBlock("bullet", line[2:].strip()))
        else:
            paragraph.append(line.lstrip("#").strip())
    close_paragraph()
    if not blocks and title is None:
        return None
    return TerritoryText(code=code, title=title, blocks=tuple(blocks))
