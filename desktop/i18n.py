"""Translation hook for the Qt-free code.

Messages are written in French (the programme's language) and wrapped in
``translate(context, text)``, the call ``pyside6-lupdate`` extracts. Headless,
the French text is returned as is; the GUI installs Qt's translator here so the
same messages follow the language chosen in the application.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` (French source) in the current interface language."""
    return _translator(context, text)


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores French)."""
    global _translator  # noqa: PLW0603 - one process-wide hook, set once at start-up
    _translator = translator or _identity
