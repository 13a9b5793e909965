"""Text into platypus ``Paragraph`` markup, safely.

A ``Paragraph`` parses its text as XML-like markup: a household name with ``&``
or a note with ``<b>`` would break the build or change the layout. Everything
typed by a person goes through :func:`escape`; only the documents' own markup
is written by hand. The territory texts' light Markdown (``**gras**``,
``*italique*``) is turned into markup after escaping (:func:`inline_markdown`).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as xml_escape

from desktop.documents.fonts import NNBSP, NNBSP_STAND_IN

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def escape(text: str, *, line_breaks: bool = True) -> str:
    """``text`` as paragraph markup that shows exactly what was typed.

    Markup characters are escaped, control characters dropped, line breaks
    kept (``<br/>``) unless ``line_breaks`` is false, and narrow no-break
    spaces carried by the stand-in the document font draws back.
    """
    text = _CONTROL.sub("", text.replace(NNBSP_STAND_IN, "")).replace("\r\n", "\n")
    escaped = xml_escape(text).replace(NNBSP, NNBSP_STAND_IN)
    if line_breaks:
        return escaped.replace("\n", "<br/>")
    return " ".join(escaped.split("\n"))


def fixed(markup: str) -> str:
    """The documents' own markup (trusted), with its narrow no-break spaces kept."""
    return markup.replace(NNBSP, NNBSP_STAND_IN)


def inline_markdown(text: str) -> str:
    """Escaped ``text`` with ``**gras**`` and ``*italique*`` as bold and italic."""
    markup = escape(text, line_breaks=False)
    markup = _BOLD.sub(r"<b>\1</b>", markup)
    return _ITALIC.sub(r"<i>\1</i>", markup)
