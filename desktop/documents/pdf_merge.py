"""One PDF out of many, written as they come: memory stays flat over a long batch.

``pypdf``'s writer keeps every page of the result in memory until it saves;
over 500 welcome packs that grows with the batch. :class:`PdfStreamWriter`
reads each pack (a small, complete PDF) with ``pypdf``, renumbers its objects
and writes them to the output file at once, keeping only their offsets. The
page tree, an outline entry per pack, the cross-reference table and the
trailer are written at the end.

Identical objects are written once: every pack embeds the same font subsets
(:mod:`desktop.documents.fonts` makes them deterministic), so a batch carries
each font file a single time instead of once per household.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

_REMEMBERED_OBJECTS = 4096
"""Digests of written objects kept for de-duplication (the fonts come back in every pack)."""


@dataclass(frozen=True)
class _Bookmark:
    title: str
    page_index: int


class PdfStreamWriter:
    """Appends complete PDFs to ``output`` one after the other, then :meth:`close` ends the file."""

    def __init__(self, output: BinaryIO, *, title: str = "") -> None:
        self._out = output
        self._title = title
        self._start = output.tell()
        self._offsets: list[int | None] = [None]
        self._pages: list[int] = []
        self._bookmarks: list[_Bookmark] = []
        self._written: OrderedDict[bytes, int] = OrderedDict()
        self._pages_number = self._reserve()
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def append(self, pdf: bytes, *, bookmark: str | None = None) -> int:
        """Add every page of ``pdf``; returns how many. ``bookmark`` names it in the outline."""
        reader = PdfReader(io.BytesIO(pdf))
        copier = _Copier(self, reader)
        first = len(self._pages)
        for page in reader.pages:
            reference = page.indirect_reference
            if reference is None:
                raise ValueError("a page of the appended PDF is not an indirect object")
            self._pages.append(copier.copy_page(reference.idnum))
        if bookmark is not None and len(self._pages) > first:
            self._bookmarks.append(_Bookmark(bookmark, first))
        return len(self._pages) - first

    def close(self) -> None:
        """Write the page tree, the outline, the cross-reference table and the trailer."""
        kids = ArrayObject(IndirectObject(number, 0, None) for number in self._pages)
        pages = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): kids,
                NameObject("/Count"): NumberObject(len(self._pages)),
            }
        )
        self._write_object(self._pages_number, _serialise(pages))
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(self._pages_number, 0, None),
            }
        )
        outline = self._write_outline()
        if outline is not None:
            catalog[NameObject("/Outlines")] = IndirectObject(outline, 0, None)
            catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
        catalog_number = self._reserve()
        self._write_object(catalog_number, _serialise(catalog))
        info = DictionaryObject(
            {
                NameObject("/Producer"): TextStringObject("Escale (ReportLab, pypdf)"),
                NameObject("/CreationDate"): TextStringObject(
                    datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ")
                ),
            }
        )
        if self._title:
            info[NameObject("/Title")] = TextStringObject(self._title)
        info_number = self._reserve()
        self._write_object(info_number, _serialise(info))
        self._write_trailer(catalog_number, info_number)

    # Internals -------------------------------------------------------------------

    def _reserve(self) -> int:
        self._offsets.append(None)
        return len(self._offsets) - 1

    def _write(self, data: bytes) -> None:
        self._out.write(data)

    def _write_object(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._out.tell() - self._start
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def _store(self, body: bytes, *, reserved: int | None, shareable: bool) -> int:
        """Write ``body`` (or find it already written) and return its object number."""
        if reserved is None and shareable:
            digest = hashlib.sha256(body).digest()
            known = self._written.get(digest)
            if known is not None:
                self._written.move_to_end(digest)
                return known
            number = self._reserve()
            self._written[digest] = number
            if len(self._written) > _REMEMBERED_OBJECTS:
                self._written.popitem(last=False)
        else:
            number = reserved if reserved is not None else self._reserve()
        self._write_object(number, body)
        return number

    def _write_outline(self) -> int | None:
        if not self._bookmarks:
            return None
        root = self._reserve()
        numbers = [self._reserve() for _ in self._bookmarks]
        for index, (bookmark, number) in enumerate(zip(self._bookmarks, numbers, strict=True)):
            item = DictionaryObject(
                {
                    NameObject("/Title"): TextStringObject(bookmark.title),
                    NameObject("/Parent"): IndirectObject(root, 0, None),
                    NameObject("/Dest"): ArrayObject(
                        [
                            IndirectObject(self._pages[bookmark.page_index], 0, None),
                            NameObject("/Fit"),
                        ]
                    ),
                }
            )
            if index > 0:
                item[NameObject("/Prev")] = IndirectObject(numbers[index - 1], 0, None)
            if index + 1 < len(numbers):
                item[NameObject("/Next")] = IndirectObject(numbers[index + 1], 0, None)
            self._write_object(number, _serialise(item))
        outline = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Outlines"),
                NameObject("/First"): IndirectObject(numbers[0], 0, None),
                NameObject("/Last"): IndirectObject(numbers[-1], 0, None),
                NameObject("/Count"): NumberObject(len(numbers)),
            }
        )
        self._write_object(root, _serialise(outline))
        return root

    def _write_trailer(self, catalog: int, info: int) -> None:
        xref_at = self._out.tell() - self._start
        lines = [b"xref\n", b"0 %d\n" % len(self._offsets), b"0000000000 65535 f \n"]
        for offset in self._offsets[1:]:
            if offset is None:  # reserved, then shared with an identical object
                lines.append(b"0000000000 65535 f \n")
            else:
                lines.append(b"%010d 00000 n \n" % offset)
        self._write(b"".join(lines))
        identifier = hashlib.md5(  # a file identifier, not security
            b"%d-%d-%s" % (len(self._pages), xref_at, self._title.encode())
        ).hexdigest()
        self._write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            % (len(self._offsets), catalog, info, identifier.encode(), identifier.encode())
        )
        self._write(b"startxref\n%d\n%%%%EOF\n" % xref_at)


class _Copier:
    """Copies the objects one appended PDF's pages reach, children first, renumbered."""

    def __init__(self, writer: PdfStreamWriter, reader: PdfReader) -> None:
        self._writer = writer
        self._reader = reader
        self._done: dict[int, int] = {}
        self._active: dict[int, int | None] = {}
        self._cyclic: set[int] = set()

    def copy_page(self, idnum: int) -> int:
        page = self._reader.get_object(idnum)
        assert isinstance(page, DictionaryObject)
        self._active[idnum] = None
        copied = DictionaryObject()
        for key, value in page.items():
            if key == "/Parent":
                copied[NameObject(key)] = IndirectObject(self._writer._pages_number, 0, None)
            else:
                copied[NameObject(key)] = self._copy(value)
        reserved = self._active.pop(idnum)
        number = self._writer._store(_serialise(copied), reserved=reserved, shareable=False)
        self._done[idnum] = number
        return number

    def _number(self, idnum: int) -> int:
        done = self._done.get(idnum)
        if done is not None:
            return done
        if idnum in self._active:  # a cycle: give it its number now, share nothing on it
            self._cyclic.update(self._active)
            reserved = self._active[idnum]
            if reserved is None:
                reserved = self._active[idnum] = self._writer._reserve()
            return reserved
        self._active[idnum] = None
        copied = self._copy(self._reader.get_object(idnum))
        reserved = self._active.pop(idnum)
        number = self._writer._store(
            _serialise(copied), reserved=reserved, shareable=idnum not in self._cyclic
        )
        self._done[idnum] = number
        return number

    def _copy(self, value: Any) -> PdfObject:
        if isinstance(value, IndirectObject):
            return IndirectObject(self._number(value.idnum), 0, None)
        if isinstance(value, StreamObject):
            stream = DecodedStreamObject()
            for key, item in value.items():
                stream[NameObject(key)] = self._copy(item)
            # The raw (still compressed) bytes: the base class's accessors do not decode.
            StreamObject.set_data(stream, StreamObject.get_data(value))
            return stream
        if isinstance(value, DictionaryObject):
            copied = DictionaryObject()
            for key, item in value.items():
                copied[NameObject(key)] = self._copy(item)
            return copied
        if isinstance(value, ArrayObject):
            return ArrayObject(self._copy(item) for item in value)
        return value


def _serialise(value: PdfObject) -> bytes:
    buffer = io.BytesIO()
    value.write_to_stream(buffer)
    return buffer.getvalue()


def merge_pdfs(pdfs: Iterable[bytes], output: BinaryIO, *, title: str = "") -> int:
    """Write ``pdfs`` one after the other into ``output``; returns the page count."""
    writer = PdfStreamWriter(output, title=title)
    for pdf in pdfs:
        writer.append(pdf)
    writer.close()
    return writer.page_count
