"""Client side of the sync with the regional server (``docs/sync-protocol.md``); no Qt here.

``outbox`` records local writes, ``apply`` writes pulled pages, ``transport``
speaks HTTP, ``engine`` runs one sync. This package's ``__init__`` imports
nothing, so the storage layer can install the outbox hook without a cycle.
"""
