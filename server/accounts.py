"""Accounts, roles and devices: creation and revocation (CLI, admin API), login and token checks.

Officers and their territories are also written to the record store, as the
server-only tables ``officer`` and ``officer_territory`` that every client pulls.
A device reported lost has its tokens revoked; whatever it sends afterwards,
even with an old or expired token, is answered 410 ``device_wiped`` so that it
wipes its local data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.config import TOKEN_LIFETIME_DAYS
from server.database import SequenceAllocator
from server.errors import (
    DEVICE_WIPED,
    DeviceWipedError,
    ForbiddenError,
    InvalidError,
    NotFoundError,
    UnauthenticatedError,
)
from server.hlc import server_clock
from server.models import Device, Officer, OfficerTerritory, Token
from server.models.accounts import OFFICER, ROLES
from server.models.base import utcnow
from server.models.records import SHARED_SCOPE
from server.passwords import dummy_hash, hash_password, new_token, token_digest, verify_password
from server.records import server_write
from server.territories import NOWHERE, find_territory, kind_of_code


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise InvalidError(f"Adresse électronique invalide : « {email} ».") from None


ROLE_NAMES = {
    "officer": "chargé d'accueil",
    "coordinator": "coordinateur",
    "administrator": "administrateur",
}


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidError(
            f"Rôle inconnu : « {role} ». Choisissez officer (chargé d'accueil), "
            "coordinator (coordinateur) ou administrator (administrateur)."
        )
    return role


def resolve_codes(
    session: Session, codes: list[str], *, required: bool = True
) -> list[tuple[str, str]]:
    """``(kind, code)`` for each territory code, checked against the reference."""
    if not codes and required:
        raise InvalidError("Indiquez au moins un territoire (--territory CODE).")
    resolved = []
    for raw in codes:
        code = raw.strip().upper()
        kind = kind_of_code(code)
        if kind is None or find_territory(session, kind, code) is None:
            raise InvalidError(
                f"Territoire inconnu : « {raw} ». Donnez un code de département (58), "
                "un SIREN d'EPCI (9 chiffres) ou un code commune INSEE (58194)."
            )
        resolved.append((kind, code))
    return resolved


def add_officer(
    session: Session,
    email: str,
    name: str,
    password: str,
    codes: list[str],
    *,
    role: str = OFFICER,
) -> Officer:
    """Create an account with its role and territories; an officer is published to every client.

    Only officers have territories: coordinators and administrators see no household,
    and the devices never list them among the officers.
    """
    email = normalise_email(email)
    name = name.strip()
    role = check_role(role)
    if not name:
        raise InvalidError("Le nom du chargé d'accueil est obligatoire (--name).")
    if len(name) > 120:
        raise InvalidError("Le nom est trop long : 120 caractères au plus.")
    if len(password) < 8:
        raise InvalidError("Le mot de passe doit compter au moins 8 caractères.")
    territories = _territories_for(session, role, codes)
    if session.scalar(select(Officer.id).where(Officer.email == email)) is not None:
        raise InvalidError(f"Un chargé d'accueil existe déjà avec l'adresse {email}.")
    officer = Officer(id=uuid.uuid4().hex, email=email, name=name, role=role)
    officer.password_hash = hash_password(password)
    session.add(officer)
    if role != OFFICER:  # no case is theirs: devices need not know them
        return officer
    allocator = SequenceAllocator(session)
    hlc = server_clock()
    server_write(
        session,
        table="officer",
        record_id=officer.id,
        fields={"name": name, "email": email, "phone": None},
        hlc=hlc,
        seq=allocator.next(),
        scope=SHARED_SCOPE,
        placement=NOWHERE,
        household_id=None,
    )
    for kind, code in dict.fromkeys(territories):
        _publish_territory(session, allocator, hlc, officer.id, (kind, code))
    allocator.flush()
    return officer


def _publish_territory(
    session: Session,
    allocator: SequenceAllocator,
    hlc: str,
    officer_id: str,
    where: tuple[str, str],
) -> None:
    kind, code = where
    row = OfficerTerritory(id=uuid.uuid4().hex, officer_id=officer_id, kind=kind, code=code)
    session.add(row)
    server_write(
        session,
        table="officer_territory",
        record_id=row.id,
        fields={"officer_id": officer_id, "kind": kind, "code": code},
        hlc=hlc,
        seq=allocator.next(),
        scope=SHARED_SCOPE,
        placement=NOWHERE,
        household_id=None,
    )


def _territories_for(session: Session, role: str, codes: list[str]) -> list[tuple[str, str]]:
    if role != OFFICER and codes:
        raise InvalidError(
            f"Un compte {ROLE_NAMES[role]} n'a pas de territoire : il ne voit aucun foyer. "
            "Retirez --territory, ou créez un compte de chargé d'accueil."
        )
    return resolve_codes(session, codes, required=role == OFFICER)


def find_officer(session: Session, email: str) -> Officer:
    officer = session.scalar(select(Officer).where(Officer.email == normalise_email(email)))
    if officer is None:
        raise NotFoundError(f"Aucun compte avec l'adresse {email}.")
    return officer


def set_territories(session: Session, email: str, codes: list[str]) -> list[tuple[str, str]]:
    """Replace an officer's territories, published to every client (removed ones as tombstones).

    The officer's next pull ends with the checksum of each territory, so a new
    territory, unknown to their devices, is received whole without a cursor reset.
    """
    officer = find_officer(session, email)
    wanted = list(dict.fromkeys(_territories_for(session, officer.role, codes)))
    current = session.scalars(
        select(OfficerTerritory).where(OfficerTerritory.officer_id == officer.id)
    ).all()
    allocator = SequenceAllocator(session)
    hlc = server_clock()
    for row in current:
        if (row.kind, row.code) in wanted:
            continue
        server_write(
            session,
            table="officer_territory",
            record_id=row.id,
            fields={},
            hlc=hlc,
            seq=allocator.next(),
            scope=SHARED_SCOPE,
            placement=NOWHERE,
            household_id=None,
            deleted=True,
        )
        session.delete(row)
    kept = {(row.kind, row.code) for row in current}
    session.flush()
    for kind, code in wanted:
        if (kind, code) not in kept:
            _publish_territory(session, allocator, hlc, officer.id, (kind, code))
    allocator.flush()
    return wanted


def revoke_officer(session: Session, email: str) -> None:
    """Bar an officer: their tokens stop working at once, login is refused."""
    officer = session.scalar(select(Officer).where(Officer.email == normalise_email(email)))
    if officer is None:
        raise InvalidError(f"Aucun chargé d'accueil avec l'adresse {email}.")
    officer.revoked = True
    session.execute(update(Token).where(Token.officer_id == officer.id).values(revoked=True))


def find_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id.strip().lower())
    if device is None:
        raise NotFoundError(
            f"Aucun poste avec l'identifiant « {device_id} » : "
            "la liste des postes (escale-server device list) donne les identifiants."
        )
    return device


def revoke_device(session: Session, device_id: str) -> Device:
    """Log a device out: its tokens stop working; its officer may log in again on it."""
    device = find_device(session, device_id)
    session.execute(update(Token).where(Token.device_id == device.id).values(revoked=True))
    return device


def report_device_lost(session: Session, device_id: str) -> Device:
    """Revoke a lost device's tokens and flag it, so it wipes its data at its next call."""
    device = revoke_device(session, device_id)
    if device.lost_at is None:
        device.lost_at = utcnow()
    return device


@dataclass(frozen=True)
class DeviceSummary:
    """A device as the administrator lists it: who used it last and whether it is lost."""

    id: str
    name: str
    officer_email: str | None
    first_seen_at: datetime
    last_login_at: datetime
    lost_at: datetime | None
    wipe_sent_at: datetime | None
    active_tokens: int


def list_devices(session: Session) -> list[DeviceSummary]:
    now = utcnow()
    summaries = []
    for device in session.scalars(select(Device).order_by(Device.last_login_at.desc())):
        tokens = session.execute(
            select(Token.revoked, Token.expires_at, Officer.email)
            .join(Officer, Officer.id == Token.officer_id)
            .where(Token.device_id == device.id)
            .order_by(Token.created_at.desc())
        ).all()
        summaries.append(
            DeviceSummary(
                id=device.id,
                name=device.name,
                officer_email=tokens[0].email if tokens else None,
                first_seen_at=device.first_seen_at,
                last_login_at=device.last_login_at,
                lost_at=device.lost_at,
                wipe_sent_at=device.wipe_sent_at,
                active_tokens=sum(
                    1 for token in tokens if not token.revoked and token.expires_at > now
                ),
            )
        )
    return summaries


@dataclass(frozen=True)
class OfficerSummary:
    id: str
    email: str
    name: str
    role: str
    revoked: bool
    territories: list[str]


def list_officers(session: Session) -> list[OfficerSummary]:
    territories: dict[str, list[str]] = {}
    for officer_id, code in session.execute(
        select(OfficerTerritory.officer_id, OfficerTerritory.code).order_by(OfficerTerritory.code)
    ):
        territories.setdefault(officer_id, []).append(code)
    return [
        OfficerSummary(
            officer.id,
            officer.email,
            officer.name,
            officer.role,
            officer.revoked,
            territories.get(officer.id, []),
        )
        for officer in session.scalars(select(Officer).order_by(Officer.email))
    ]


@dataclass(frozen=True)
class Login:
    token: str
    expires_at: datetime
    officer: Officer


def login_key(email: str) -> str:
    """The account a login names, as throttling counts it: the normalised address when valid."""
    try:
        return normalise_email(email)
    except InvalidError:
        return email.strip().lower()[:254]


def login(session: Session, email: str, password: str, device_id: str, device_name: str) -> Login:
    """Check a password and hand out a token bound to the device, valid 30 days.

    A device reported lost gets 410 ``device_wiped`` before any password check.
    """
    address = login_key(email)
    device = session.get(Device, device_id)
    if device is not None and device.lost_at is not None:
        raise DeviceWipedError(DEVICE_WIPED)
    officer = session.scalar(select(Officer).where(Officer.email == address))
    if not verify_password(officer.password_hash if officer else dummy_hash(), password):
        raise UnauthenticatedError("Adresse électronique ou mot de passe incorrect.")
    assert officer is not None
    if officer.revoked:
        raise ForbiddenError("Ce compte a été désactivé : adressez-vous à votre responsable.")
    now = utcnow()
    if device is None:
        session.add(Device(id=device_id, name=device_name, first_seen_at=now, last_login_at=now))
    else:
        device.name = device_name
        device.last_login_at = now
    token = new_token()
    expires_at = now + timedelta(days=TOKEN_LIFETIME_DAYS)
    session.add(
        Token(
            token_sha256=token_digest(token),
            officer_id=officer.id,
            device_id=device_id,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return Login(token, expires_at, officer)


@dataclass(frozen=True)
class Caller:
    """Who sent a request: the officer and the device their token is bound to."""

    officer_id: str
    officer_name: str
    device_id: str
    role: str = OFFICER


def authenticate(session: Session, token: str | None) -> Caller:
    """The caller of a bearer token: 401 when missing, unknown, expired or logged out, 403 when
    the officer is revoked.

    A token of a device reported lost gets 410 ``device_wiped`` whatever its
    state (revoked, expired): the device must learn that it has to wipe.
    """
    if not token:
        raise UnauthenticatedError(
            "Connexion requise : identifiez-vous auprès du serveur régional."
        )
    row = session.execute(
        select(Token, Officer, Device.lost_at)
        .join(Officer, Officer.id == Token.officer_id)
        .join(Device, Device.id == Token.device_id)
        .where(Token.token_sha256 == token_digest(token))
    ).first()
    if row is None:
        raise UnauthenticatedError("Session inconnue : reconnectez-vous au serveur régional.")
    stored, officer, lost_at = row
    if lost_at is not None:
        raise DeviceWipedError(DEVICE_WIPED)
    if stored.expires_at <= utcnow():
        raise UnauthenticatedError("Session expirée : reconnectez-vous au serveur régional.")
    if officer.revoked:
        raise ForbiddenError("Ce compte a été désactivé : adressez-vous à votre responsable.")
    if stored.revoked:
        raise UnauthenticatedError(
            "Ce poste a été déconnecté par l'administrateur : reconnectez-vous au serveur régional."
        )
    return Caller(officer.id, officer.name, stored.device_id, officer.role)
