"""What a housing offer's price means: a monthly rent or a sale price.

The catalogue stores one price per offer. For housing it is the monthly rent
of a place to let and the price of a place for sale; the title or the details
usually say which (« À louer », « À vendre »), and failing that the amount
does: nobody rents a house for 10,000 € a month, nor sells one for 900 €.
"""

from __future__ import annotations

import enum
from functools import lru_cache

from desktop.cases.places import searchable

MONTHLY_RENT_BELOW = 10_000
"""A housing price under this many euros is a monthly rent, from this on a sale price."""

_RENT_WORDS = ("a louer", "location", "loyer", "par mois", "charges comprises")
_SALE_WORDS = ("a vendre", "vente", "prix de vente", "a ceder")
_RENT_KEYS = tuple(searchable(word) for word in _RENT_WORDS)
_SALE_KEYS = tuple(searchable(word) for word in _SALE_WORDS)


class PriceKind(enum.Enum):
    MONTHLY_RENT = "loyer"
    SALE = "vente"


def housing_price_kind(price_eur: int, title: str = "", details: str | None = None) -> PriceKind:
    """Whether a housing offer's price is a monthly rent or a sale price."""
    said = _said_kind(title, details or "")
    if said is not None:
        return said
    return PriceKind.MONTHLY_RENT if price_eur < MONTHLY_RENT_BELOW else PriceKind.SALE


@lru_cache(maxsize=65_536)
def _said_kind(title: str, details: str) -> PriceKind | None:
    """What the words of an offer say its price is, if they say it (read once per offer)."""
    text = f" {searchable(title)} {searchable(details)} "
    if any(f" {word} " in text for word in _RENT_KEYS):
        return PriceKind.MONTHLY_RENT
    if any(f" {word} " in text for word in _SALE_KEYS):
        return PriceKind.SALE
    return None


def budget_kind(budget_eur: int) -> PriceKind:
    """What a household's budget is when its tenure is not said: a rent under the threshold."""
    return PriceKind.MONTHLY_RENT if budget_eur < MONTHLY_RENT_BELOW else PriceKind.SALE
