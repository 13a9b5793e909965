"""Officer accounts: creation and revocation (CLI), login and token checks (API).

Officers and their territories are also written to the record store, as the
server-only tables ``officer`` and ``officer_territory`` that every client pulls.
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
from server.errors import ForbiddenError, InvalidError, UnauthenticatedError
from server.hlc import server_clock
from server.models import Device, Officer, OfficerTerritory, Token
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


def resolve_codes(session: Session, codes: list[str]) -> list[tuple[str, str]]:
    """``(kind, code)`` for each territory code, checked against the reference."""
    if not codes:
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
    session: Session, email: str, name: str, password: str, codes: list[str]
) -> Officer:
    """Create an officer with their territories, and publish them to every client."""
    email = normalise_email(email)
    name = name.strip()
    if not name:
        raise InvalidError("Le nom du chargé d'accueil est obligatoire (--name).")
    if len(password) < 8:
        raise InvalidError("Le mot de passe doit compter au moins 8 caractères.")
    territories = resolve_codes(session, codes)
    if session.scalar(select(Officer.id).where(Officer.email == email)) is not None:
        raise InvalidError(f"Un chargé d'accueil existe déjà avec l'adresse {email}.")
    officer = Officer(id=uuid.uuid4().hex, email=email, name=name)
    officer.password_hash = hash_password(password)
    session.add(officer)
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
        row = OfficerTerritory(id=uuid.uuid4().hex, officer_id=officer.id, kind=kind, code=code)
        session.add(row)
        server_write(
            session,
            table="officer_territory",
            record_id=row.id,
            fields={"officer_id": officer.id, "kind": kind, "code": code},
            hlc=hlc,
            seq=allocator.next(),
            scope=SHARED_SCOPE,
            placement=NOWHERE,
            household_id=None,
        )
    allocator.flush()
    return officer


def revoke_officer(session: Session, email: str) -> None:
    """Bar an officer: their tokens stop working at once, login is refused."""
    officer = session.scalar(select(Officer).where(Officer.email == normalise_email(email)))
    if officer is None:
        raise InvalidError(f"Aucun chargé d'accueil avec l'adresse {email}.")
    officer.revoked = True
    session.execute(update(Token).where(Token.officer_id == officer.id).values(revoked=True))


@dataclass(frozen=True)
class Login:
    token: str
    expires_at: datetime
    officer: Officer


def login(session: Session, email: str, password: str, device_id: str, device_name: str) -> Login:
    """Check a password and hand out a token bound to the device, valid 30 days."""
    try:
        address = normalise_email(email)
    except InvalidError:
        address = email
    officer = session.scalar(select(Officer).where(Officer.email == address))
    if not verify_password(officer.password_hash if officer else dummy_hash(), password):
        raise UnauthenticatedError("Adresse électronique ou mot de passe incorrect.")
    assert officer is not None
    if officer.revoked:
        raise ForbiddenError("Ce compte a été désactivé : adressez-vous à votre responsable.")
    device = session.get(Device, device_id)
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


def authenticate(session: Session, token: str | None) -> Caller:
    """The caller of a bearer token; 401 when missing or expired, 403 when revoked."""
    if not token:
        raise UnauthenticatedError(
            "Connexion requise : identifiez-vous auprès du serveur régional."
        )
    row = session.execute(
        select(Token, Officer)
        .join(Officer, Officer.id == Token.officer_id)
        .where(Token.token_sha256 == token_digest(token))
    ).first()
    if row is None:
        raise UnauthenticatedError("Session inconnue : reconnectez-vous au serveur régional.")
    stored, officer = row
    if stored.expires_at <= utcnow():
        raise UnauthenticatedError("Session expirée : reconnectez-vous au serveur régional.")
    if stored.revoked or officer.revoked:
        raise ForbiddenError("Ce compte a été désactivé : adressez-vous à votre responsable.")
    return Caller(officer.id, officer.name, stored.device_id)
