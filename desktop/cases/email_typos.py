"""Spotting a mistyped e-mail provider (``gmial.com``) and suggesting the usual spelling.

A suggestion, never a refusal: ``gmial.com`` may be a real domain, and the
visitor standing at the stand knows their address. Only the domain is looked
at, against the providers French households use most.
"""

from __future__ import annotations

from rapidfuzz.distance import DamerauLevenshtein

COMMON_DOMAINS = (
    "gmail.com",
    "hotmail.fr",
    "hotmail.com",
    "yahoo.fr",
    "yahoo.com",
    "orange.fr",
    "wanadoo.fr",
    "sfr.fr",
    "laposte.net",
    "outlook.fr",
    "outlook.com",
    "live.fr",
    "icloud.com",
    "bbox.fr",
    "neuf.fr",
    "protonmail.com",
    "proton.me",
    # Real providers a letter away from one above: known, so never "corrected".
    "mail.com",
    "gmx.fr",
    "gmx.com",
    "aol.com",
    "aol.fr",
    "me.com",
    "live.com",
    "free.fr",
)
MAX_DISTANCE = 2
"""Edits (swapped, missing, extra or wrong letters) between a typo and the provider's name."""


def suggest_email(address: str) -> str | None:
    """The address with its domain corrected, or ``None`` when it looks right (or unknown).

    >>> suggest_email("jeanne.martin@gmial.com")
    'jeanne.martin@gmail.com'
    """
    text = address.strip()
    if text.count("@") != 1:
        return None
    local, domain = text.split("@")
    domain = domain.lower()
    if not local or not domain or domain in COMMON_DOMAINS:
        return None
    best: tuple[int, str] | None = None
    for known in COMMON_DOMAINS:
        distance = DamerauLevenshtein.distance(domain, known, score_cutoff=MAX_DISTANCE)
        if distance <= MAX_DISTANCE and (best is None or distance < best[0]):
            best = (distance, known)
    if best is None or len(domain) < 5:
        return None
    return f"{local}@{best[1]}"
