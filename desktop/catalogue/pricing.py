"""What a housing offer's price means: a monthly rent or a sale price.

The catalogue stores one price per offer. For housing it is the monthly rent
of a place to let and the price of a place for sale; the title or the details
usually say which (« À louer », « À vendre »), and failing that the amount
does: nobody rents a house for 10,000 € a month, nor sells one for 900 €.
"""

from __future__ import annotations

import enum

from desktop.cases.places import searchable

MONTHLY_RENT_BELOW = 10_000
"""A housing price under this many euros is a monthly rent, from this on a sale price."""

_RENT_WORDS = ("a louer", "location", "loyer", "par mois", "charges comprises")
_SALE_WORDS = ("a vendre", "vente", "prix de vente", "a ceder")


class PriceKind(enum.Enum):
    MONTHLY_RENT = "loyer"
    SALE = "vente"


def housing_price_kind(price_eur: int, title: str = "", details: str | None = None) -> PriceKind:
    """Whether a housing offer's price is a monthly rent or a sale price."""
    text = f" {searchable(title)} {searchable(details or '')} "
    if any(f" {word} " in text for word in (searchable(w) for w in _RENT_WORDS)):
        return PriceKind.MONTHLY_RENT
    if any(f" {word} " in text for word in (searchable(w) for w in _SALE_WORDS)):
        return PriceKind.SALE
    return PriceKind.MONTHLY_RENT if price_eur < MONTHLY_RENT_BELOW else PriceKind.SALE


def budget_kind(budget_eur: int) -> PriceKind:
    """What a household's budget is when its tenure is not said: a rent under the threshold."""
    return PriceKind.MONTHLY_RENT if budget_eur < MONTHLY_RENT_BELOW else PriceKind.SALE
