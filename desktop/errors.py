"""The two kinds of failure Escale distinguishes.

A :class:`UserFacingError` comes from the officer's input or environment (a bad
email, a file that is not a database, a full disk): its message is French,
says what is wrong and how to fix it, and is shown as is. Anything else is a
bug: logged with its stack trace, never shown raw.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is meant for the officer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserFacingError):
    """A value refused for one field; ``field`` names it so the UI can show it beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class FormError(UserFacingError):
    """Every problem found in one form, so the officer fixes them all at once."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("\n".join(error.message for error in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        return {error.field: error.message for error in self.errors}


class DatabaseOpenError(UserFacingError):
    """The database file cannot be used; it has been left untouched."""


class WriteError(UserFacingError):
    """A write the disk refused (full, read-only, locked); nothing of it was kept."""
