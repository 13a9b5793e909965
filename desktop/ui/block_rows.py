"""The rows of a long list, read from the database a block at a time as they are shown.

The case list and the offers catalogue keep every matching id (one query, in
SQL order) but only the rows that pass on screen: a row not yet read brings
its block of neighbours with it, and the least recently shown are forgotten
past a bound, so memory stays flat however far the officer scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

BLOCK = 100
"""Rows read per query: a screenful or two, so one scroll step costs one small query."""

CACHE_LIMIT = 20 * BLOCK
"""Rows kept in memory at most; the oldest blocks go first."""

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


class BlockRows(Generic[K, R]):
    """Ids in list order, and a bounded cache of their rows, read by ``read(ids)``."""

    def __init__(self, read: Callable[[list[K]], dict[K, R]]) -> None:
        self._read = read
        self.ids: list[K] = []
        self._rows: OrderedDict[K, R] = OrderedDict()
        self.blocks_read = 0

    def reset(self, ids: list[K]) -> None:
        """New ids (the question or the data changed): every row read is forgotten."""
        self.ids = ids
        self._rows.clear()
        self.blocks_read = 0

    def __len__(self) -> int:
        return len(self.ids)

    def cached(self) -> int:
        return len(self._rows)

    def position(self, key: K) -> int | None:
        """The row of ``key``, if listed (a linear scan: rare use)."""
        try:
            return self.ids.index(key)
        except ValueError:
            return None

    def row(self, row: int) -> R | None:
        """The row's data, read with its block if not cached; ``None`` if it vanished."""
        key = self.ids[row]
        cached = self._rows.get(key)
        if cached is not None:
            self._rows.move_to_end(key)
            return cached
        start = row - row % BLOCK
        wanted = [other for other in self.ids[start : start + BLOCK] if other not in self._rows]
        found = self._read(wanted)
        self.blocks_read += 1
        for other in wanted:
            if other in found:
                self._rows[other] = found[other]
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)
        return self._rows.get(key)
