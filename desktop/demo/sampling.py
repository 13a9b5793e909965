"""Weighted random choice and French text helpers used by the generator.

``random.choices`` rebuilds its cumulative weights on each call unless given them;
a pool keeps them once, so drawing a commune among 35,000 costs one bisection.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class WeightedPool(Generic[T]):
    """Items drawn with probability proportional to their weight."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        if not items or len(items) != len(weights):
            raise ValueError("a weighted pool needs one positive weight per item")
        self.items = list(items)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]
        self._last = len(self.items) - 1

    def pick(self, rng: Random) -> T:
        index = bisect(self._cumulative, rng.random() * self._total)
        return self.items[min(index, self._last)]

    @classmethod
    def of(cls, weighted: Sequence[tuple[T, float]]) -> WeightedPool[T]:
        return cls([item for item, _ in weighted], [weight for _, weight in weighted])


def ascii_slug(text: str) -> str:
    """``"Léa-Marie D'Almeida"`` → ``"lea-marie-dalmeida"``: the local part of a demo email."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in plain.replace("'", "")).split()
    return "-".join(words).lower()


def of_phrase(noun: str) -> str:
    """``"infirmière"`` → ``"d'infirmière"``, ``"menuisier"`` → ``"de menuisier"``."""
    first = unicodedata.normalize("NFKD", noun[:1]).lower()[:1]
    return f"d'{noun}" if first in "aeiouyh" else f"de {noun}"


def thousands(number: int) -> str:
    """``12000`` → ``"12 000"`` with the narrow no-break space French typography uses."""
    return f"{number:,}".replace(",", "\u202f")
