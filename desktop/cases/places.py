"""Finding a commune, an intercommunality or a département by typing part of its name.

The reference geography (35,000 communes) is read once per database into a
small in-memory index: filtering it accent- and case-blind on every keystroke
takes a few milliseconds, which SQLite's ``LIKE`` cannot do without accents.
The same index serves every field that names a place (the household's wishes,
where it lives now, where it settled), so a place is matched, ranked and
recognised the same way everywhere.
"""

from __future__ import annotations

import unicodedata
import weakref
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Commune, CommunePostcode, Departement, Epci, TerritoryKind
from desktop.storage import Database

SHOWN = 12
"""How many matches a completion list shows at once."""

DEPARTEMENT_WEIGHT = 10**9
"""A département outranks the commune it is named after (« Doubs » is the département)."""


def searchable(text: str) -> str:
    """Lower case, accents and punctuation gone: "Saint-Étienne" → "saint etienne"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@dataclass(frozen=True)
class Place:
    """A territory as the household's record stores it, with the label the officer reads."""

    kind: TerritoryKind
    code: str
    label: str
    postcode: str = ""
    key: str = field(default="", compare=False, repr=False)
    weight: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True)
class Places:
    """The places one kind of field offers, searched as the officer types."""

    places: list[Place]

    def search(self, text: str, *, limit: int = SHOWN) -> list[Place]:
        """The best matches: whole name, then name start, then a word start; biggest first."""
        query = searchable(text)
        if not query:
            return []
        ranked: list[tuple[int, int, str, Place]] = []
        for place in self.places:
            key = place.key
            if query in (key, place.postcode):
                rank = 0
            elif key.startswith(query) or place.postcode.startswith(query):
                rank = 1
            elif f" {query}" in key:
                rank = 2
            else:
                continue
            ranked.append((rank, -place.weight, place.label, place))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked[:limit]]

    def resolve(self, text: str) -> Place | None:
        """The place whose name or label is exactly ``text``, when that designates one place.

        A name several places of the same kind share (« Saint-Martin ») is not
        guessed: the officer picks one from the list. A commune's postcodes are
        one place; of a département and a commune of the same name, the
        département is meant.
        """
        query = searchable(text)
        if not query:
            return None
        exact = [
            place
            for place in self.places
            if place.key == query
            or (query.startswith(place.key) and searchable(place.label) == query)
        ]
        if not exact:
            return None
        best = max(exact, key=lambda place: place.weight)
        rivals = {place.code for place in exact if place.kind is best.kind}
        return best if len(rivals) == 1 else None


@dataclass(frozen=True)
class TerritoryIndex:
    """Every place a household can come from, wish to live in or settle in."""

    wishes: Places
    """Communes, intercommunalities and départements, labelled « Dole (39) »."""
    origins: Places
    """Communes once per postcode, labelled « Créteil (94000) »."""
    communes: Places
    """The communes of :attr:`wishes` alone: where a household settles."""


def commune_label(name: str, departement: str) -> str:
    return f"{name} ({departement})"


def epci_label(name: str) -> str:
    return translate("Places", "{name} (intercommunalité)").format(name=name)


def departement_label(name: str, code: str) -> str:
    return translate("Places", "{name} (département {code})").format(name=name, code=code)


def origin_label(name: str, postcode: str) -> str:
    return f"{name} ({postcode})"


def describe_wish(session: Session, kind: TerritoryKind, code: str) -> Place | None:
    """The place a stored target designates, read alone (a form loads without the index)."""
    if kind is TerritoryKind.COMMUNE:
        commune = session.get(Commune, code)
        return (
            None
            if commune is None
            else Place(kind, code, commune_label(commune.name, commune.departement_code))
        )
    if kind is TerritoryKind.EPCI:
        epci = session.get(Epci, code)
        return None if epci is None else Place(kind, code, epci_label(epci.name))
    departement = session.get(Departement, code)
    return (
        None
        if departement is None
        else Place(kind, code, departement_label(departement.name, code))
    )


def describe_origin(session: Session, commune_code: str, postcode: str = "") -> Place | None:
    """The commune a household lives in, with ``postcode`` or else its first one."""
    commune = session.get(Commune, commune_code)
    if commune is None:
        return None
    postcodes = session.scalars(
        select(CommunePostcode.postcode)
        .where(CommunePostcode.commune_code == commune_code)
        .order_by(CommunePostcode.postcode)
    ).all()
    chosen = postcode if postcode in postcodes else (postcodes[0] if postcodes else "")
    return Place(
        TerritoryKind.COMMUNE, commune_code, origin_label(commune.name, chosen), postcode=chosen
    )


def build_territory_index(session: Session) -> TerritoryIndex:
    """Read the reference geography into a :class:`TerritoryIndex` (about 0.3 s)."""
    communes = session.execute(
        select(Commune.code, Commune.name, Commune.departement_code, Commune.population)
    ).all()
    postcodes = session.execute(
        select(CommunePostcode.commune_code, CommunePostcode.postcode).order_by(
            CommunePostcode.postcode
        )
    ).all()
    epcis = session.execute(select(Epci.siren, Epci.name, Epci.population)).all()
    departements = session.execute(select(Departement.code, Departement.name)).all()
    commune_places = [
        Place(
            TerritoryKind.COMMUNE,
            code,
            commune_label(name, departement),
            key=searchable(name),
            weight=population or 0,
        )
        for code, name, departement, population in communes
    ]
    epci_places = [
        Place(TerritoryKind.EPCI, siren, epci_label(name), key=searchable(name), weight=population)
        for siren, name, population in epcis
    ]
    departement_places = [
        Place(
            TerritoryKind.DEPARTEMENT,
            code,
            departement_label(name, code),
            key=searchable(name),
            weight=DEPARTEMENT_WEIGHT,
        )
        for code, name in departements
    ]
    names = {code: (name, population or 0) for code, name, _dep, population in communes}
    origins = [
        Place(
            TerritoryKind.COMMUNE,
            commune_code,
            origin_label(names[commune_code][0], postcode),
            postcode=postcode,
            key=searchable(names[commune_code][0]),
            weight=names[commune_code][1],
        )
        for commune_code, postcode in postcodes
        if commune_code in names
    ]
    return TerritoryIndex(
        wishes=Places([*commune_places, *epci_places, *departement_places]),
        origins=Places(origins),
        communes=Places(commune_places),
    )


_INDEXES: weakref.WeakKeyDictionary[Database, TerritoryIndex] = weakref.WeakKeyDictionary()


def territory_index(database: Database) -> TerritoryIndex:
    """The index of ``database``, built on first use and kept while the database is open.

    The reference geography changes only when Escale is upgraded, never while it runs.
    """
    if database not in _INDEXES:
        with database.session() as session:
            _INDEXES[database] = build_territory_index(session)
    return _INDEXES[database]
