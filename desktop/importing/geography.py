"""Places as the website's file writes them, resolved against the reference geography.

The file gives where a household lives as a postcode and a commune name, and
the territories it wishes as names or codes (« Nevers ; Decize », « 58194 »,
« Nièvre », « Dole (39) »). Thousands of rows are resolved against 35,000
communes, so the geography is read once into dictionaries, names compared
as the case form compares them (:func:`desktop.cases.places.searchable`).
A name several communes share is not guessed, except that a wish names
preferably a commune of the programme's region; the officer is told how to
be precise instead.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.cases.households import TargetInput
from desktop.cases.places import commune_label, searchable
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models import Commune, CommunePostcode, Departement, Epci, TerritoryKind
from desktop.storage import Database

PROGRAMME_REGION = "27"
"""Bourgogne-Franche-Comté: a wished « Saint-Aubin » is the one in the region, if only one is."""

_INSEE = re.compile(r"(\d{5}|2[ab]\d{3})")
_SIREN = re.compile(r"\d{9}")
_DEPARTEMENT = re.compile(r"(\d{2,3}|2[ab])")
_WITH_DEPARTEMENT = re.compile(r"(.+?)\s*\(\s*(\d{2,3}|2[ab])\s*\)")
_WISH_SEPARATORS = re.compile(r"[;,|/\n]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

COUNTRIES = {
    "france": "FR",
    "belgique": "BE",
    "suisse": "CH",
    "luxembourg": "LU",
    "allemagne": "DE",
    "espagne": "ES",
    "italie": "IT",
    "portugal": "PT",
    "pays bas": "NL",
    "royaume uni": "GB",
    "irlande": "IE",
    "canada": "CA",
    "etats unis": "US",
    "maroc": "MA",
    "algerie": "DZ",
    "tunisie": "TN",
}


@functools.lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """``searchable`` with Saint spelled out: « St-Étienne » and « Saint-Étienne » are one.

    Remembered: every commune name is keyed once, then the lines of a file name the
    same communes again and again.
    """
    return " ".join(_ABBREVIATIONS.get(word, word) for word in searchable(name).split())


@dataclass(frozen=True)
class _Commune:
    code: str
    name: str
    departement: str
    region: str
    epci: str | None


GeographyTables = tuple[
    list[tuple[str, str, str, str, str | None]],
    list[tuple[str, str]],
    list[tuple[str, str]],
    list[tuple[str, str]],
]
"""Communes (code, name, département, region, EPCI), postcodes (commune, postcode),
EPCIs (SIREN, name), départements (code, name): plain values, cheap to send to a worker."""


class Geography:
    """The reference geography in memory, for resolving many rows quickly."""

    def __init__(self, tables: GeographyTables) -> None:
        self.tables = tables
        """What it was made of, to make the same in a worker process."""
        rows, postcodes, epcis, departements = tables
        communes = [_Commune(*row) for row in rows]
        self._communes = {commune.code: commune for commune in communes}
        self._by_name: dict[str, list[_Commune]] = defaultdict(list)
        for commune in communes:
            self._by_name[place_key(commune.name)].append(commune)
        self._by_postcode: dict[str, list[_Commune]] = defaultdict(list)
        self._postcodes: dict[str, list[str]] = defaultdict(list)
        for commune_code, postcode in postcodes:
            if commune_code in self._communes:
                self._by_postcode[postcode].append(self._communes[commune_code])
                self._postcodes[commune_code].append(postcode)
        self._epcis = dict(epcis)
        self._epci_by_name = {place_key(name): siren for siren, name in epcis}
        self._departements = dict(departements)
        self._departement_by_name = {place_key(name): code for code, name in departements}

    @classmethod
    def load(cls, session: Session) -> Geography:
        """Read the reference tables (about 0.2 s)."""
        communes = [
            (code, name, departement, region, epci)
            for code, name, departement, region, epci in session.execute(
                select(
                    Commune.code,
                    Commune.name,
                    Commune.departement_code,
                    Commune.region_code,
                    Commune.epci_siren,
                )
            )
        ]
        postcodes = [
            (code, postcode)
            for code, postcode in session.execute(
                select(CommunePostcode.commune_code, CommunePostcode.postcode).order_by(
                    CommunePostcode.postcode
                )
            )
        ]
        epcis = [(siren, name) for siren, name in session.execute(select(Epci.siren, Epci.name))]
        departements = [
            (code, name)
            for code, name in session.execute(select(Departement.code, Departement.name))
        ]
        return cls((communes, postcodes, epcis, departements))

    def commune_territories(self, code: str) -> tuple[str, str | None]:
        """The département and intercommunality (SIREN) of commune ``code``.

        Raises:
            KeyError: no such commune (a line's checks only let known ones through).
        """
        commune = self._communes[code]
        return commune.departement, commune.epci

    def country(self, text: str, *, label: str) -> str:
        """ISO code of a country written as a name (« Belgique ») or a code (« BE »)."""
        written = text.strip()
        if not written:
            return "FR"
        if len(written) == 2 and written.isalpha():
            return written.upper()
        code = COUNTRIES.get(searchable(written))
        if code is None:
            raise ValidationError(
                "origin_country",
                translate(
                    "Import",
                    "{label} : pays « {value} » inconnu ; écrivez son code à deux lettres "
                    "(BE, CH, DE…).",
                ).format(label=label, value=written),
            )
        return code

    def origin(self, postcode: str, city: str, *, label: str) -> str | None:
        """The INSEE code of the commune a household lives in; ``None`` when neither is given.

        Raises:
            ValidationError: unknown postcode or commune, or a postcode of another commune.
        """
        postcode = _postcode(postcode, label=translate("Import", "Code postal"))
        city = city.strip()
        if _INSEE.fullmatch(city.lower()) and city.upper() in self._communes:
            commune = self._communes[city.upper()]
            if postcode and postcode not in self._postcodes[commune.code]:
                raise self._mismatch(postcode, commune)
            return commune.code
        key = place_key(city)
        if postcode:
            return self._by_postcode_and_name(postcode, city, key, label=label)
        if not key:
            return None
        named = self._by_name.get(key, [])
        if len(named) == 1:
            return named[0].code
        if not named:
            raise _unknown_commune(label, city)
        raise ValidationError(
            "origin_commune_code",
            translate(
                "Import",
                "{label} : plusieurs communes s'appellent « {city} » ; indiquez le code postal.",
            ).format(label=label, city=city),
        )

    def _by_postcode_and_name(self, postcode: str, city: str, key: str, *, label: str) -> str:
        served = self._by_postcode.get(postcode, [])
        if not served:
            raise ValidationError(
                "postcode",
                translate(
                    "Import", "Code postal : aucune commune n'a le code postal {postcode}."
                ).format(postcode=postcode),
            )
        if not key:
            if len(served) == 1:
                return served[0].code
            raise ValidationError(
                "origin_commune_code",
                translate(
                    "Import",
                    "{label} : le code postal {postcode} dessert plusieurs communes ({names}) ; "
                    "indiquez la commune.",
                ).format(
                    label=label,
                    postcode=postcode,
                    names=", ".join(commune.name for commune in served[:5]),
                ),
            )
        exact = [commune for commune in served if place_key(commune.name) == key]
        if exact:
            return exact[0].code
        close = [
            commune
            for commune in served
            if place_key(commune.name).startswith(key) or key.startswith(place_key(commune.name))
        ]
        if len(close) == 1:
            return close[0].code
        elsewhere = self._by_name.get(key, [])
        if elsewhere:
            raise self._mismatch(postcode, elsewhere[0])
        raise _unknown_commune(label, city)

    def _mismatch(self, postcode: str, commune: _Commune) -> ValidationError:
        return ValidationError(
            "postcode",
            translate(
                "Import",
                "Code postal : {postcode} ne correspond pas à {commune} ({code}). "
                "Codes postaux de cette commune : {known}.",
            ).format(
                postcode=postcode,
                commune=commune.name,
                code=commune.code,
                known=", ".join(self._postcodes[commune.code]) or "—",
            ),
        )

    def wishes(self, text: str, *, label: str) -> list[TargetInput]:
        """The territories of a cell, in the order written, each once.

        Raises:
            ValidationError: a territory unknown or ambiguous, every such one named.
        """
        targets: list[TargetInput] = []
        problems: list[str] = []
        for item in _WISH_SEPARATORS.split(text):
            written = item.strip()
            if not written:
                continue
            try:
                target = self._wish(written)
            except LookupError as error:
                problems.append(str(error))
                continue
            if all((t.kind, t.code) != (target.kind, target.code) for t in targets):
                targets.append(target)
        if problems:
            raise ValidationError("targets", f"{label} : " + " ; ".join(problems))
        return targets

    def _coded(self, written: str) -> TargetInput | None:
        """The territory a code designates: INSEE commune, EPCI SIREN or département."""
        code = written.upper()
        if _INSEE.fullmatch(written.lower()) and code in self._communes:
            return TargetInput(TerritoryKind.COMMUNE, code)
        if _SIREN.fullmatch(written) and written in self._epcis:
            return TargetInput(TerritoryKind.EPCI, written)
        if _DEPARTEMENT.fullmatch(written.lower()) and code in self._departements:
            return TargetInput(TerritoryKind.DEPARTEMENT, code)
        return None

    def _wish(self, written: str) -> TargetInput:
        coded = self._coded(written)
        if coded is not None:
            return coded
        with_departement = _WITH_DEPARTEMENT.fullmatch(written)
        if with_departement:
            name, departement = with_departement.group(1), with_departement.group(2).upper()
            matches = [
                commune
                for commune in self._by_name.get(place_key(name), [])
                if commune.departement == departement
            ]
            if len(matches) == 1:
                return TargetInput(TerritoryKind.COMMUNE, matches[0].code)
        key = place_key(written)
        if key in self._departement_by_name:
            return TargetInput(TerritoryKind.DEPARTEMENT, self._departement_by_name[key])
        named = self._by_name.get(key, [])
        regional = [commune for commune in named if commune.region == PROGRAMME_REGION]
        for candidates in (named, regional):
            if len(candidates) == 1:
                return TargetInput(TerritoryKind.COMMUNE, candidates[0].code)
        if key in self._epci_by_name:
            return TargetInput(TerritoryKind.EPCI, self._epci_by_name[key])
        if named:
            example = commune_label(named[0].name, named[0].departement)
            raise LookupError(
                translate(
                    "Import",
                    "« {value} » désigne plusieurs communes ; écrivez par exemple « {example} » "
                    "ou le code INSEE",
                ).format(value=written, example=example)
            )
        raise LookupError(
            translate(
                "Import",
                "« {value} » n'est ni une commune, ni une intercommunalité, ni un département",
            ).format(value=written)
        )


_LOADED: weakref.WeakKeyDictionary[Engine, Geography] = weakref.WeakKeyDictionary()


def geography_of(database: Database) -> Geography:
    """The geography of ``database``, read on first use and kept while it is open.

    The reference data changes only when Escale is upgraded, never while it runs.
    Kept by engine, which lives as long as the open database and is always hashable.
    """
    engine = database.engine
    if engine not in _LOADED:
        with database.session() as session:
            _LOADED[engine] = Geography.load(session)
    return _LOADED[engine]


def _postcode(text: str, *, label: str) -> str:
    """Five digits; four are a postcode whose leading zero a spreadsheet dropped (01000)."""
    value = text.strip().replace(" ", "")
    if value.endswith(".0"):
        value = value[:-2]
    if not value:
        return ""
    if value.isascii() and value.isdigit() and len(value) == 4:
        value = "0" + value
    if not (value.isascii() and value.isdigit() and len(value) == 5):
        raise ValidationError(
            "postcode",
            translate(
                "Import", "{label} : « {value} » n'est pas un code postal : il faut cinq chiffres."
            ).format(label=label, value=text.strip()),
        )
    return value


def _unknown_commune(label: str, city: str) -> ValidationError:
    return ValidationError(
        "origin_commune_code",
        translate(
            "Import", "{label} : aucune commune ne s'appelle « {city} » ; vérifiez l'orthographe."
        ).format(label=label, city=city),
    )
