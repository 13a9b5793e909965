"""Printed documents: the *dossier d'installation* and welcome packs in batch (no Qt).

The calls the interface makes, each from a worker thread (they take a
:class:`~desktop.storage.Database` and return bytes or paths):

* :func:`dossier_pdf` — one household's dossier as PDF bytes (preview, print);
* :func:`write_dossier` — the same, written to a file whole or not at all;
* :func:`render_welcome_packs` — a batch into one PDF or one file per household,
  with ``progress(done, total)`` and ``cancelled()``;
* :func:`event_household_ids` — the households of an event, for a batch;
* :func:`record_print` / :func:`record_prints` — once printed or saved.

What each version contains, and never contains, is said in
:mod:`desktop.documents.dossier`.
"""

from __future__ import annotations

from desktop.documents.batch import (
    BatchResult,
    UnknownEventError,
    event_household_ids,
    render_welcome_packs,
)
from desktop.documents.dossier import dossier_pdf, render_dossier, write_dossier
from desktop.documents.dossier_data import DossierData, DossierNotFoundError, load_dossier
from desktop.documents.output import OutputError
from desktop.documents.prints import record_print, record_prints, signed_in_officer
from desktop.models import DocumentVersion

__all__ = [
    "BatchResult",
    "DocumentVersion",
    "DossierData",
    "DossierNotFoundError",
    "OutputError",
    "UnknownEventError",
    "dossier_pdf",
    "event_household_ids",
    "load_dossier",
    "record_print",
    "record_prints",
    "render_dossier",
    "render_welcome_packs",
    "signed_in_officer",
    "write_dossier",
]
