"""Right of access: everything Escale holds about a household, as JSON and as a readable PDF.

The JSON is exhaustive by construction: every column of every record of the
household (the household itself and each table with a ``household_id``,
tombstones included), read from the tables' own column lists, so a column
added later is exported without a change here. The PDF says the same in
French, one section per kind of record, with labels instead of codes and
names instead of identifiers; internal notes are included (it is the family's
own data, asked by the family).
"""

from __future__ import annotations

import enum
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer
from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from desktop import audit, labels
from desktop.cases.timeline import channel_label
from desktop.documents import french
from desktop.documents.markup import escape
from desktop.documents.output import check_writable_folder, write_file
from desktop.documents.renderer import Document, SectionTitle, paragraph, ruled_table
from desktop.i18n import translate
from desktop.models import (
    AuditAction,
    Channel,
    ConsentChannel,
    DocumentVersion,
    Household,
    HousingTenure,
    HousingType,
    Maturity,
    NeedDomain,
    NeedState,
    PersonRole,
    ProjectType,
    ReferralState,
    SchoolLevel,
    Source,
    Status,
    TerritoryKind,
    utcnow,
)
from desktop.privacy.erasure import household_group
from desktop.sync.codec import household_tables
from desktop.workflow.status import status_label

log = logging.getLogger(__name__)

FORMAT = "escale-donnees-foyer-1"
SECTIONS = (
    "household",
    "person",
    "household_target",
    "need",
    "interaction",
    "follow_up",
    "status_change",
    "settlement",
    "referral",
    "document_print",
)
"""The order of the export; every household-scoped table must be here (a test checks)."""


@dataclass(frozen=True)
class SubjectAccess:
    """The export of one household: ``records`` maps each table to its rows, as JSON values."""

    household_id: uuid.UUID
    exported_at: datetime
    records: dict[str, list[dict[str, Any]]]
    names: dict[str, str]
    """Identifier (hex) → readable name of what the records point to (officers, offers…)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "household_id": self.household_id.hex,
            "exported_at": _json(self.exported_at),
            "records": self.records,
            "names": self.names,
        }


def collect(connection: Connection, household_id: uuid.UUID) -> SubjectAccess:
    """Every record of the household, all columns, and the names its references stand for.

    The traces of duplicates merged into it come too (after it): they still hold
    what the family gave under the other record.
    """
    tables = household_tables()
    group = household_group(connection, household_id)
    records: dict[str, list[dict[str, Any]]] = {}
    for name in SECTIONS:
        table = tables[name]
        where = (table.c.id if name == "household" else table.c.household_id).in_(group)
        order = [table.c[column] for column in _ORDER.get(name, ()) if column in table.c]
        rows = connection.execute(select(table).where(where).order_by(*order, table.c.id))
        records[name] = [
            {column: _json(value) for column, value in row.items()} for row in rows.mappings()
        ]
    records["household"].sort(key=lambda row: row["id"] != household_id.hex)
    return SubjectAccess(household_id, utcnow(), records, _names(connection, records))


def export(session: Session, household_id: uuid.UUID, pdf_path: Path) -> tuple[Path, Path]:
    """Write the PDF at ``pdf_path`` and the JSON beside it (same name, ``.json``), and log it.

    Raises:
        OutputError: the folder cannot be written (French message); nothing was written.
    """
    check_writable_folder(pdf_path.parent)
    access = collect(session.connection(), household_id)
    json_path = pdf_path.with_suffix(".json")
    text = json.dumps(access.as_json(), ensure_ascii=False, indent=2, sort_keys=True)
    write_file(json_path, text.encode("utf-8"))
    SubjectAccessDocument(access).write(pdf_path)
    log.info("household %s: subject access exported to %s", household_id.hex, pdf_path)
    with session.get_bind().begin() as connection:  # its own transaction: ``session`` only reads
        audit.record(
            connection, AuditAction.DATA_EXPORTED, households=[household_id], file=pdf_path
        )
    return json_path, pdf_path


class SubjectAccessDocument(Document):
    """The readable export: one section per kind of record, every field labelled."""

    def __init__(self, access: SubjectAccess) -> None:
        self.access = access
        household = access.records["household"][0]
        self.title = translate("Privacy", "Données détenues sur le foyer {name}").format(
            name=household["name"]
        )
        self.subject = translate("Privacy", "Droit d'accès")
        self.running_title = self.title

    def story(self) -> list[Flowable]:
        flowables: list[Flowable] = [
            paragraph(escape(self.title), "title"),
            paragraph(
                escape(
                    translate(
                        "Privacy",
                        "Toutes les données que le programme d'accueil détient sur le foyer, "
                        "au {day} : le foyer, ses membres, ses souhaits, ses besoins, les "
                        "échanges (y compris les notes internes), les relances, l'historique "
                        "du statut, l'installation, les offres proposées et les impressions "
                        "du dossier. Le fichier JSON joint contient les mêmes données.",
                    ).format(day=french.day(self.access.exported_at))
                ),
                "lead",
            ),
        ]
        width = self.content_width
        for name in SECTIONS:
            rows = self.access.records[name]
            flowables.append(SectionTitle(_section_title(name, len(rows))))
            if not rows:
                flowables.append(paragraph(escape(translate("Privacy", "Aucune.")), "muted"))
            for row in rows:
                cells = [
                    [paragraph(escape(_label(column)), "small"), paragraph(escape(text))]
                    for column, value in row.items()
                    if column not in _HIDDEN
                    and (text := self._readable(name, column, value)) is not None
                ]
                flowables += [ruled_table(cells, [width * 0.32, width * 0.68], header=False)]
                flowables.append(Spacer(1, 6))
        return flowables

    def _readable(self, table: str, column: str, value: Any) -> str | None:
        """The value as the family reads it; ``None`` leaves the row out (a live record)."""
        if value is None or value in ("", []):
            return "—"
        if column == "deleted":
            return translate("Privacy", "oui (supprimé)") if value else None
        if column == "id":
            return str(value)  # the record's own: as the JSON gives it, to find it there
        if column.endswith("_id"):
            return self.access.names.get(str(value), str(value))
        kind = _ENUMS.get((table, column))
        if kind is not None:
            items = value if isinstance(value, list) else [value]
            return ", ".join(_enum_label(kind, item) for item in items)
        return _plain(column, value)


def _plain(column: str, value: Any) -> str:
    if isinstance(value, bool):
        return translate("Privacy", "oui") if value else translate("Privacy", "non")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return french.day(date.fromisoformat(value))
    if isinstance(value, str) and column.endswith("_at") and "T" in value:
        return french.day_and_time(datetime.fromisoformat(value))
    if column == "phone":
        return french.phone(str(value))
    return str(value)


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _names(connection: Connection, records: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Readable names of the officers, offers, partners, events and people the records cite."""
    wanted: dict[str, set[str]] = {}
    for rows in records.values():
        for row in rows:
            for column in ("officer_id", "offer_id", "partner_id", "event_id"):
                if row.get(column):
                    wanted.setdefault(column, set()).add(row[column])
    names: dict[str, str] = {}
    sources = {
        "officer_id": ("officer", "name"),
        "offer_id": ("offer", "title"),
        "partner_id": ("partner", "organisation"),
        "event_id": ("event", "name"),
    }
    metadata = Household.metadata
    for column, ids in wanted.items():
        table_name, label = sources[column]
        table: Table = metadata.tables[table_name]
        found = connection.execute(
            select(table.c.id, table.c[label]).where(table.c.id.in_([uuid.UUID(i) for i in ids]))
        )
        names.update({found_id.hex: str(text) for found_id, text in found})
    for person in records["person"]:
        names[person["id"]] = f"{person['first_name']} {person['last_name']}".strip()
    names.update({str(row["id"]): str(row["name"]) for row in records["household"]})
    return names


_ORDER = {
    "person": ("role",),
    "household_target": ("rank",),
    "interaction": ("occurred_at",),
    "follow_up": ("due_on",),
    "status_change": ("changed_at",),
    "referral": ("proposed_on",),
    "document_print": ("printed_at",),
}

_HIDDEN = frozenset({"version", "updated_at", "household_id"})
"""Bookkeeping columns left out of the PDF (they are in the JSON)."""

_ENUMS: dict[tuple[str, str], type[enum.Enum]] = {
    ("household", "source"): Source,
    ("household", "project_types"): ProjectType,
    ("household", "maturity"): Maturity,
    ("household", "housing_tenure"): HousingTenure,
    ("household", "housing_type"): HousingType,
    ("household", "status"): Status,
    ("household", "consent_channel"): ConsentChannel,
    ("household", "consent_withdrawn_channel"): ConsentChannel,
    ("person", "role"): PersonRole,
    ("person", "school_level"): SchoolLevel,
    ("household_target", "kind"): TerritoryKind,
    ("need", "domain"): NeedDomain,
    ("need", "state"): NeedState,
    ("interaction", "channel"): Channel,
    ("status_change", "from_status"): Status,
    ("status_change", "to_status"): Status,
    ("referral", "state"): ReferralState,
    ("document_print", "document_version"): DocumentVersion,
}


def _enum_label(kind: type[enum.Enum], value: Any) -> str:
    try:
        member = kind(value)
    except ValueError:
        return str(value)
    label = _ENUM_LABELS.get(kind)
    return label(member) if label is not None else str(value)


def _section_title(table: str, count: int) -> str:
    titles = {
        "household": translate("Privacy", "Le foyer"),
        "person": translate("Privacy", "Membres ({count})"),
        "household_target": translate("Privacy", "Territoires souhaités ({count})"),
        "need": translate("Privacy", "Besoins ({count})"),
        "interaction": translate("Privacy", "Échanges ({count})"),
        "follow_up": translate("Privacy", "Relances ({count})"),
        "status_change": translate("Privacy", "Historique du statut ({count})"),
        "settlement": translate("Privacy", "Installation"),
        "referral": translate("Privacy", "Offres et partenaires proposés ({count})"),
        "document_print": translate("Privacy", "Impressions du dossier ({count})"),
    }
    return titles[table].format(count=count)


def _label(column: str) -> str:
    return _column_labels().get(column, column)


def _column_labels() -> dict[str, str]:
    return {
        "id": translate("Privacy", "Identifiant"),
        "deleted": translate("Privacy", "Supprimé"),
        "name": translate("Privacy", "Nom du foyer"),
        "source": translate("Privacy", "Origine"),
        "event_id": translate("Privacy", "Événement"),
        "registered_at": translate("Privacy", "Inscrit le"),
        "origin_country": translate("Privacy", "Pays de résidence"),
        "origin_commune_code": translate("Privacy", "Commune de résidence (code)"),
        "origin_city": translate("Privacy", "Ville de résidence"),
        "project_types": translate("Privacy", "Projet"),
        "maturity": translate("Privacy", "Avancement du projet"),
        "housing_tenure": translate("Privacy", "Logement recherché"),
        "housing_type": translate("Privacy", "Type de logement"),
        "housing_budget_eur": translate("Privacy", "Budget logement (€)"),
        "housing_notes": translate("Privacy", "Précisions sur le logement"),
        "target_date": translate("Privacy", "Arrivée souhaitée"),
        "officer_id": translate("Privacy", "Chargé·e d'accueil"),
        "status": translate("Privacy", "Statut"),
        "consent_at": translate("Privacy", "Consentement donné le"),
        "consent_version": translate("Privacy", "Version du texte de consentement"),
        "consent_channel": translate("Privacy", "Consentement recueilli par"),
        "consent_withdrawn_at": translate("Privacy", "Consentement retiré le"),
        "consent_withdrawn_channel": translate("Privacy", "Retrait reçu par"),
        "erased_at": translate("Privacy", "Effacé le"),
        "merged_into_id": translate("Privacy", "Fusionné dans"),
        "role": translate("Privacy", "Rôle"),
        "first_name": translate("Privacy", "Prénom"),
        "last_name": translate("Privacy", "Nom"),
        "birth_year": translate("Privacy", "Année de naissance"),
        "occupation": translate("Privacy", "Profession"),
        "job_sought": translate("Privacy", "Emploi recherché"),
        "remote_worker": translate("Privacy", "Télétravail"),
        "school_level": translate("Privacy", "Scolarité"),
        "childcare_need": translate("Privacy", "Besoin de garde"),
        "email": translate("Privacy", "E-mail"),
        "phone": translate("Privacy", "Téléphone"),
        "rank": translate("Privacy", "Rang"),
        "kind": translate("Privacy", "Niveau"),
        "code": translate("Privacy", "Code"),
        "departement_code": translate("Privacy", "Département"),
        "epci_siren": translate("Privacy", "Intercommunalité (SIREN)"),
        "domain": translate("Privacy", "Domaine"),
        "state": translate("Privacy", "État"),
        "person_id": translate("Privacy", "Personne"),
        "note": translate("Privacy", "Note"),
        "occurred_at": translate("Privacy", "Date"),
        "channel": translate("Privacy", "Canal"),
        "summary": translate("Privacy", "Résumé"),
        "internal": translate("Privacy", "Interne"),
        "due_on": translate("Privacy", "Prévue le"),
        "what": translate("Privacy", "À faire"),
        "done_on": translate("Privacy", "Faite le"),
        "interaction_id": translate("Privacy", "Échange lié"),
        "from_status": translate("Privacy", "De"),
        "to_status": translate("Privacy", "Vers"),
        "changed_at": translate("Privacy", "Le"),
        "reason": translate("Privacy", "Motif"),
        "moved_on": translate("Privacy", "Installé le"),
        "commune_code": translate("Privacy", "Commune (code)"),
        "adults": translate("Privacy", "Adultes"),
        "children": translate("Privacy", "Enfants"),
        "children_schooled": translate("Privacy", "Enfants scolarisés"),
        "offer_id": translate("Privacy", "Offre"),
        "partner_id": translate("Privacy", "Partenaire"),
        "proposed_on": translate("Privacy", "Proposée le"),
        "printed_at": translate("Privacy", "Imprimé le"),
        "document_version": translate("Privacy", "Version"),
    }


_ENUM_LABELS: dict[type[enum.Enum], Any] = {
    Source: labels.source_label,
    ProjectType: labels.project_type_label,
    Maturity: labels.maturity_label,
    HousingTenure: labels.housing_tenure_label,
    HousingType: labels.housing_type_label,
    Status: status_label,
    ConsentChannel: labels.consent_channel_label,
    PersonRole: labels.person_role_label,
    SchoolLevel: labels.school_level_label,
    NeedDomain: labels.need_domain_label,
    NeedState: labels.need_state_label,
    Channel: channel_label,
    ReferralState: labels.referral_state_label,
    DocumentVersion: labels.document_version_label,
}
