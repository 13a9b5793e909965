"""The documents' typeface: DejaVu Sans, shipped under ``resources/fonts`` and embedded.

DejaVu covers every French letter and sign (« » ’ œ €, the narrow no-break
space) and most European names. Registered once per process, with two tweaks:

* **Deterministic, cached subsets.** ReportLab embeds each font as subsets of
  256 characters, numbered in the order the document first uses them, and
  builds each subset's font file when the PDF is written. Every document first
  claims the same set of common characters (:data:`COMMON_CHARACTERS`), so its
  first subset is the same in every dossier: its font file is built once per
  process, and a batch of packs carries identical font streams that the merge
  keeps once (:mod:`desktop.documents.pdf_merge`).
* **Narrow no-break spaces that stay.** Platypus paragraphs break lines at
  U+202F and print a plain space instead. Paragraph text carries a private
  stand-in (:data:`NNBSP_STAND_IN`, see :mod:`desktop.documents.markup`) that
  the font turns back into U+202F when measuring and drawing, so « 12 000 € »
  keeps together and reads back as typed.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
FAMILY = "EscaleSans"
REGULAR = "EscaleSans"
BOLD = "EscaleSans-Bold"
ITALIC = "EscaleSans-Oblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

NNBSP = "\u202f"
NNBSP_STAND_IN = "\ue02f"
"""Private-use character paragraphs carry in place of U+202F (not whitespace to them)."""

COMMON_CHARACTERS = (
    "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
    "«»’‘“”–—…•€°\u202f✓☐·×"
    "áãåíìñòóõøúýþðßÁÃÅÍÌÑÒÓÕØÚÝÞÐ"
    "ąćčďęěğıłńňőřśşšťůűźżžĄĆČĎĘĚĞİŁŃŇŐŘŚŞŠŤŮŰŹŻŽ"
    "§©®ªº²³½£±"
)
"""What every document claims first, in this order: it fills the first subset alike everywhere."""

_CACHED_SUBSETS = 8


class DocumentFont(TTFont):
    """A TrueType font whose subsets are cached and which keeps narrow no-break spaces."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        self.subset_cache: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self.face.makeSubset = _cached_subsets(self.face.makeSubset, self.subset_cache)

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        return super().splitString(_real_spaces(text), doc, encoding)

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        return float(super().stringWidth(_real_spaces(text), size, encoding))


def _real_spaces(text: str | bytes) -> str | bytes:
    if isinstance(text, str):
        return text.replace(NNBSP_STAND_IN, NNBSP)
    return text


def _cached_subsets(
    make: Callable[[Sequence[int]], bytes], cache: OrderedDict[tuple[int, ...], bytes]
) -> Callable[[Sequence[int]], bytes]:
    """``make`` remembered for the last few subsets; a lock, as the font file is read by seeking."""
    lock = threading.Lock()

    def cached(subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        with lock:
            font_file = cache.get(key)
            if font_file is None:
                font_file = cache[key] = make(subset)
                if len(cache) > _CACHED_SUBSETS:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(key)
            return font_file

    return cached


@functools.cache
def register_fonts() -> tuple[DocumentFont, ...]:
    """Register the family with ReportLab (once per process) and return its fonts.

    ``<b>`` and ``<i>`` in paragraphs pick the bold and oblique faces; bold
    oblique is not shipped, bold stands in.
    """
    fonts = tuple(DocumentFont(name, FONTS_DIR / file) for name, file in _FILES.items())
    for font in fonts:
        pdfmetrics.registerFont(font)
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD)
    return fonts


def claim_common_characters(doc: Any) -> None:
    """Give ``doc`` (a canvas's ``_doc``) the same first subset in every font, before any text."""
    for font in register_fonts():
        font.splitString(COMMON_CHARACTERS, doc)
