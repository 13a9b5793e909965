"""Locking Escale: the passphrase at start, the app-wide lock, idle detection."""
