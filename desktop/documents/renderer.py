"""The base of every printed document: A4, styles, page templates, page x / y, bytes out.

Modelled on pretix's invoice renderer: page size and margins are attributes,
paragraph styles are named, fonts are registered TTF (:mod:`.fonts`), the
first page and the following ones have their own template, and a canvas that
keeps its pages until the end prints "page x / y" on each. A document is a
subclass that gives its title and its story (the flowables), and may decorate
its pages; :meth:`Document.render` returns the PDF as bytes.

Everything a person typed reaches a ``Paragraph`` through
:func:`desktop.documents.markup.escape`.
"""

from __future__ import annotations

import functools
import io
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.documents import programme
from desktop.documents.fonts import (
    BOLD,
    FAMILY,
    ITALIC,
    REGULAR,
    claim_common_characters,
    register_fonts,
)
from desktop.documents.logo import logo_mark
from desktop.documents.output import write_file
from desktop.documents.programme import BLUE, BLUE_PALE, INK, MUTED, RULE, TAGLINE_ON_BLUE

PageDecorator = Callable[[Canvas, int, int], None]


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles every document shares."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=4
    )
    named = [
        body,
        ParagraphStyle("lead", parent=body, fontSize=10.5, leading=15, spaceAfter=6),
        ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=MUTED),
        ParagraphStyle("muted", parent=body, textColor=MUTED),
        ParagraphStyle("emphasis", parent=body, fontName=ITALIC, textColor=MUTED),
        ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=24,
            leading=29,
            textColor=BLUE,
            spaceAfter=4,
        ),
        ParagraphStyle(
            "kicker",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=programme.ACCENT_TEXT,
            spaceAfter=2,
        ),
        ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            textColor=INK,
        ),
        ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0),
        ParagraphStyle(
            "cell_muted", parent=body, fontSize=8, leading=11, textColor=MUTED, spaceAfter=0
        ),
        ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11.5, spaceAfter=0
        ),
        ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=BOLD,
            fontSize=7.5,
            leading=10,
            textColor=BLUE,
            spaceAfter=0,
        ),
        ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        ParagraphStyle(
            "check",
            parent=body,
            leftIndent=17,
            bulletIndent=0,
            spaceAfter=4,
            bulletFontName=REGULAR,
            bulletFontSize=11,
            bulletColor=BLUE,
        ),
        ParagraphStyle(
            "check_done",
            parent=body,
            leftIndent=17,
            bulletIndent=0,
            spaceAfter=4,
            bulletFontName=BOLD,
            bulletFontSize=11,
            bulletColor=programme.GREEN,
            textColor=MUTED,
        ),
        ParagraphStyle(
            "right_small", parent=body, fontSize=8, leading=11, textColor=MUTED, alignment=TA_RIGHT
        ),
        ParagraphStyle(
            "internal", parent=body, fontSize=8.5, leading=11.5, textColor=programme.INTERNAL
        ),
    ]
    return {style.name: style for style in named}


def style(name: str) -> ParagraphStyle:
    return styles()[name]


class SectionTitle(Flowable):
    """A section heading: an orange bar, the title in blue, a light rule.

    Near the bottom of a page it moves to the next one rather than stand alone;
    what follows may then split across pages freely (keeping the two together
    would push a long table whole to the next page and leave half a page blank).
    """

    room_below = 32 * mm
    """Space the heading wants under it on the page, for the start of its section."""

    def __init__(self, text: str, *, color: Any = BLUE) -> None:
        super().__init__()
        self.height = 24.0
        self.text = text
        self.color = color
        self.spaceBefore = 12
        self.spaceAfter = 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.height < available_height < self.height + self.room_below:
            return available_width, available_height + 1  # too low: next page
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(programme.ACCENT)
        canvas.rect(0, 7, 3.2, 14, stroke=0, fill=1)
        canvas.setFillColor(self.color)
        canvas.setFont(BOLD, 13.5)
        canvas.drawString(10, 10, self.text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, 1, self.width, 1)


def ruled_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header: bool = True,
    extra: list[tuple[Any, ...]] | None = None,
) -> Table:
    """A table with light horizontal rules only, a pale header row, rows that may split."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), BLUE_PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ]
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, then decorates each knowing how many there are."""

    def __init__(self, *args: Any, decorate: PageDecorator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        claim_common_characters(self._doc)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


class Document(ABC):
    """A printed document; subclasses give :meth:`story` and may override the decorations."""

    page_size: tuple[float, float] = A4
    margin_left = 18 * mm
    margin_right = 18 * mm
    margin_top = 24 * mm
    margin_bottom = 21 * mm
    first_page_top = 52 * mm
    """The first page keeps this much room at the top for its band."""

    title = ""
    subject = ""
    running_title = ""
    """Shown in the header of the following pages and in the footer."""

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The flowables of the document, in reading order."""

    def render(self) -> bytes:
        """The document as PDF bytes."""
        styles()
        buffer = io.BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self.margin_top,
            bottomMargin=self.margin_bottom,
            title=self.title,
            subject=self.subject,
            author=f"{programme.PROGRAMME_NAME} — {programme.REGION_NAME}",
            creator=programme.PROGRAMME_NAME,
            lang="fr-FR",
        )
        width, height = self.page_size
        frame_width = width - self.margin_left - self.margin_right
        first = Frame(
            self.margin_left,
            self.margin_bottom,
            frame_width,
            height - self.first_page_top - self.margin_bottom,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            self.margin_left,
            self.margin_bottom,
            frame_width,
            height - self.margin_top - self.margin_bottom,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._first_page),
                PageTemplate("later", [later], onPage=self._later_page),
            ]
        )
        template.build(
            [NextPageTemplate("later"), *self.story()],
            canvasmaker=functools.partial(_NumberedCanvas, decorate=self.decorate_page),
        )
        return buffer.getvalue()

    def write(self, path: Path) -> Path:
        """Render and write to ``path`` (whole or not at all).

        Raises:
            OutputError: the folder cannot be written (French message).
        """
        return write_file(path, self.render())

    @property
    def content_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    # Page decorations -------------------------------------------------------------

    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.draw_first_page(canvas)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.draw_later_page(canvas)
        canvas.restoreState()

    def draw_first_page(self, canvas: Canvas) -> None:
        """The band across the top of the first page: the mark and the programme's name."""
        width, height = self.page_size
        band = 36 * mm
        canvas.setFillColor(BLUE)
        canvas.rect(0, height - band, width, band, stroke=0, fill=1)
        canvas.setFillColor(programme.ACCENT)
        canvas.rect(0, height - band - 1.6 * mm, width, 1.6 * mm, stroke=0, fill=1)
        mark = 20 * mm
        renderPDF.draw(
            logo_mark(mark, on_dark=True), canvas, self.margin_left - 2 * mm, height - 28 * mm
        )
        canvas.setFillColor(programme.WHITE)
        canvas.setFont(BOLD, 22)
        canvas.drawString(self.margin_left + 21 * mm, height - 17 * mm, programme.PROGRAMME_NAME)
        canvas.setFont(REGULAR, 10.5)
        canvas.drawString(self.margin_left + 21 * mm, height - 23 * mm, programme.REGION_NAME)
        canvas.setFillColor(TAGLINE_ON_BLUE)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(self.margin_left + 21 * mm, height - 27.5 * mm, programme.TAGLINE)

    def draw_later_page(self, canvas: Canvas) -> None:
        """A discreet running header: the mark, the document's name, a rule."""
        width, height = self.page_size
        top = height - 11 * mm
        renderPDF.draw(logo_mark(7 * mm), canvas, self.margin_left, top - 5.5 * mm)
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(BLUE)
        canvas.drawString(self.margin_left + 9 * mm, top - 2.5 * mm, programme.PROGRAMME_NAME)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            width - self.margin_right,
            top - 2.5 * mm,
            _fit(self.running_title, REGULAR, 8.5, 120 * mm),
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.margin_left, top - 7 * mm, width - self.margin_right, top - 7 * mm)

    def decorate_page(self, canvas: Canvas, number: int, total: int) -> None:
        """The footer of every page: the programme and its website, "page x / y"."""
        width, _height = self.page_size
        y = 12.5 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.margin_left, y + 4.5 * mm, width - self.margin_right, y + 4.5 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            self.margin_left,
            y,
            f"{programme.PROGRAMME_NAME} — {programme.REGION_NAME} · {programme.WEBSITE_LABEL}",
        )
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(width - self.margin_right, y, f"page {number} / {total}")
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def paragraph(markup: str, style_name: str = "body", *, bullet: str | None = None) -> Paragraph:
    """A paragraph of already-escaped markup (see :mod:`desktop.documents.markup`)."""
    return Paragraph(markup, style(style_name), bulletText=bullet)


__all__ = ["FAMILY", "Document", "SectionTitle", "paragraph", "ruled_table", "style", "styles"]
