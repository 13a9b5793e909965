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
_in_workers: Callable[[], None] | None = None


def translate(context: str, text: str) -> str:
    """Return ``text`` (French source) in the current interface language."""
    return _translator(context, text)


def install_translator(
    translator: Translator | None, *, in_workers: Callable[[], None] | None = None
) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores French).

    Args:
        in_workers: installs the same translation in a worker process (where Qt's
            translator, an object of this process, is not): a picklable callable.
    """
    global _translator, _in_workers  # noqa: PLW0603 - one process-wide hook, set once at start-up
    _translator = translator or _identity
    _in_workers = in_workers if translator else None


def worker_setup() -> Callable[[], None] | None:
    """What a worker process calls first so that its messages match this process's language."""
    return _in_workers
