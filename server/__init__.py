"""The regional server Escale's desktops sync with (see docs/sync-protocol.md).

Qt-free and stateless outside its database, so it runs with several workers and
several instances over one PostgreSQL.
"""

from __future__ import annotations

PROTOCOL_VERSION = 1
