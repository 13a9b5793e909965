"""The audit log, without Qt: who viewed, exported, printed, imported or erased what, and when.

* :func:`record` — the one way to add an entry, in the action's transaction when it has one;
* :func:`record_import` — an import of the website's file, with its counts;
* :mod:`desktop.audit.upload` — the entries handed to the regional server after a sync's push.

The table (:class:`desktop.models.AuditEntry`) is append-only and names households
by id only; the administrator reads the region's log on the server
(``escale-server audit``, ``GET /admin/v1/audit``).
"""

from __future__ import annotations

from desktop.audit.journal import author, record, record_import
from desktop.models import AuditAction

__all__ = ["AuditAction", "author", "record", "record_import"]
