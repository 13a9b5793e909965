"""Sending a rendered PDF to a printer: page by page, at a resolution printers need.

Qt cannot hand a PDF to a printer as it is; each page is rasterised by QtPdf
and painted on the ``QPrinter``. 300 dpi is sharp for text on paper and keeps
an A4 page image near 35 MB, where a 1200 dpi printer's own resolution would
need half a gigabyte.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.errors import UserFacingError

RENDER_DPI = 300
POINTS_PER_INCH = 72

translate = QCoreApplication.translate


def printer_available() -> bool:
    """Whether this computer knows at least one printer."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages the print dialog chose onto ``printer``; returns how many.

    Raises:
        UserFacingError: the printer could not be opened (offline, no rights).
    """
    first, last = _page_range(document, printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError(
            translate(
                "Printing",
                "L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et "
                "connectée, ou enregistrez le document en PDF.",
            )
        )
    try:
        for page in range(first, last + 1):
            if page != first:
                printer.newPage()
            _paint_page(document, page, painter)
    finally:
        painter.end()
    return last - first + 1


def _page_range(document: QPdfDocument, printer: QPrinter) -> tuple[int, int]:
    """The 0-based pages to print: all, or the range typed in the print dialog."""
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage() - 1, min(printer.toPage(), count) - 1
    return 0, count - 1


def _paint_page(document: QPdfDocument, page: int, painter: QPainter) -> None:
    """One page, centred and scaled to fit the printable area, aspect kept."""
    points = document.pagePointSize(page)
    area = painter.viewport()
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = round(points.width() * scale), round(points.height() * scale)
    target = QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
    pixels = QSize(
        round(points.width() * RENDER_DPI / POINTS_PER_INCH),
        round(points.height() * RENDER_DPI / POINTS_PER_INCH),
    )
    painter.drawImage(target, document.render(page, pixels))
