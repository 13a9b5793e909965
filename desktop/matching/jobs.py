"""Comparing job titles as officers and employers write them.

« Infirmière », « infirmier (H/F) », « INFIRMIERS » are one job: titles are
compared accent- and case-blind, with the usual French feminine and plural
endings folded onto the masculine singular, and words like *de* or *H/F*
left out. Two titles match when every word of the shorter one is (nearly) in
the longer (``rapidfuzz``'s token-set ratio), so « développeur » matches
« Développeur web – CDI » and a typo or two is forgiven.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from desktop.cases.places import searchable

MATCH = 85
"""Token-set ratio from which two job titles are the same job."""

_STOP_WORDS = frozenset(
    {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "f", "h", "hf", "fh", "l", "la"}
    | {"le", "les", "pour", "sur", "un", "une", "ou"}
)
# Feminine or plural endings → masculine singular, the longest ending first.
_ENDINGS = (
    ("trices", "teur"),
    ("trice", "teur"),
    ("euses", "eur"),
    ("euse", "eur"),
    ("eures", "eur"),
    ("eure", "eur"),
    ("iennes", "ien"),
    ("ienne", "ien"),
    ("ieres", "ier"),
    ("iere", "ier"),
    ("eres", "er"),
    ("ere", "er"),
    ("ffe", "f"),
    ("antes", "ant"),
    ("ante", "ant"),
    ("entes", "ent"),
    ("ente", "ent"),
    ("ales", "al"),
    ("ale", "al"),
    ("ees", "e"),
    ("ee", "e"),
)
_TITLE_END = re.compile(r"\s+[–—-]\s+|\(|,|/")


def fold(word: str) -> str:
    """One plain lower-case word → its masculine singular (« infirmieres » → « infirmier »)."""
    for ending, masculine in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + masculine
    if word.endswith(("s", "x")) and len(word) > 4:
        return word[:-1]
    return word


@lru_cache(maxsize=65_536)
def job_key(text: str) -> str:
    """The words that identify a job, folded: « Aide-soignante (H/F) » → « aide soignant »."""
    return " ".join(fold(word) for word in searchable(text).split() if word not in _STOP_WORDS)


def job_of_title(title: str) -> str:
    """The job in an offer's title, before contract and place: « Infirmier (H/F) – CDI – Dole »."""
    return _TITLE_END.split(title, maxsplit=1)[0].strip()


def job_similarity(one: str, other: str) -> float:
    """0–100: how surely two job titles name the same job (:data:`MATCH` and above: the same)."""
    first, second = job_key(one), job_key(other)
    if not first or not second:
        return 0.0
    return float(fuzz.token_set_ratio(first, second))


_INCLUSIVE = (
    ("teur", "teur·rice"),
    ("eur", "eur·euse"),
    ("ier", "ier·ère"),
    ("ien", "ien·ne"),
    ("er", "er·ère"),
    ("ef", "ef·fe"),
    ("é", "é·e"),
    ("ant", "ant·e"),
    ("ent", "ent·e"),
    ("al", "al·e"),
)


def inclusive(job: str) -> str:
    """A masculine job title in inclusive writing: « infirmier » → « infirmier·ère ».

    Only the first word changes (« technicien·ne de maintenance »); a word with
    no known ending (« médecin », « comptable ») stays as it is, as does a title
    already written for both (« H/F » is dropped, « · » kept).
    """
    text = job.strip()
    if not text or "·" in text:
        return text
    first, _, rest = text.partition(" ")
    parts = first.split("-")
    # « aide-soignant »: the last part carries the ending; « plombier-chauffagiste »: the first.
    for index in (len(parts) - 1, 0):
        word = _inclusive_word(parts[index])
        if word != parts[index]:
            parts[index] = word
            break
    first = "-".join(parts)
    return f"{first} {rest}" if rest else first


def _inclusive_word(word: str) -> str:
    lower = word.lower()
    for ending, both in _INCLUSIVE:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + both
    return word
