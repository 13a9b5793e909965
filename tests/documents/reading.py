"""Reading rendered PDFs back: text per page, normalised, and pages as images."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2
from PIL.Image import Image
from pypdf import PdfReader


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of each page, line breaks and runs of plain spaces made single spaces.

    Narrow no-break spaces are kept: they are part of what is checked.
    """
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf, strict=True)
    return [re.sub(r"[ \n]+", " ", page.extract_text()) for page in reader.pages]


def text_of(pdf: bytes | Path) -> str:
    return " ".join(page_texts(pdf))


def page_image(pdf: bytes, index: int = 0, scale: float = 3.0) -> Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[index].render(scale=scale).to_pil()
    finally:
        document.close()
