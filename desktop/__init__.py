"""Escale: the welcome officers' workstation (local case database, sync, dossiers)."""

from __future__ import annotations

__version__ = "0.1.0"
