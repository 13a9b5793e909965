"""The server's migrations build exactly its models, and a database of the first schema moves on.

Run on both backends: ``escale-server`` upgrades a production PostgreSQL the
same way it upgrades the embedded SQLite file.
"""

from __future__ import annotations

from datetime import timedelta

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, insert, inspect, select

from server.migrate import alembic_config, upgrade
from server.models import Base, Device, Officer, Token
from server.models.base import utcnow


def test_the_migrations_build_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_first_schema_database_keeps_its_accounts_and_devices(engine: Engine) -> None:
    command.downgrade(alembic_config(engine), "0001")
    assert "login_failure" not in inspect(engine).get_table_names()
    now = utcnow()
    with engine.begin() as connection:
        connection.execute(insert(Officer.__table__).values(
            id="a" * 32, email="ana@nievre.fr", name="Ana", password_hash="x", role="officer",
            revoked=False, created_at=now))  # fmt: skip
        connection.execute(insert(Device.__table__).values(
            id="b" * 32, name="portable", first_seen_at=now, last_login_at=now))  # fmt: skip
        connection.execute(insert(Token.__table__).values(
            token_sha256="c" * 64, officer_id="a" * 32, device_id="b" * 32, created_at=now,
            expires_at=now + timedelta(days=30), revoked=False))  # fmt: skip
    upgrade(engine)
    with engine.connect() as connection:
        device = connection.execute(select(Device.name, Device.lost_at, Device.wipe_sent_at)).one()
        assert tuple(device) == ("portable", None, None)
        assert connection.scalar(select(Token.officer_id)) == "a" * 32
        assert connection.scalar(select(Officer.role)) == "officer"
    assert "login_failure" in inspect(engine).get_table_names()
