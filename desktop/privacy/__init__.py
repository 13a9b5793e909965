"""A family's rights over its data: consent, access, erasure, retention (Qt-free)."""
