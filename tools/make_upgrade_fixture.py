"""Build ``tests/fixtures/release-1.sqlite``: a database as the first released Escale left it.

The first release's schema is migration ``0004_document_print``, the head at
commit ``97486d5`` (before the security work filled slots 0005 and later). The
upgrade test (``tests/test_upgrade.py``) opens a copy of this file with the
current code, so the file must be written by *that* release's own code, not
by today's models. This script therefore:

1. checks out ``97486d5`` in a temporary git worktree;
2. runs itself again with ``PYTHONPATH`` pointing at that worktree (this
   virtual environment's packages, the release's ``desktop`` package);
3. there, creates the database with the release's ``open_database``, fills it
   with 30 seeded demo households (members, needs, interactions, follow-ups,
   events, offers, referrals), then, through the release's own case functions,
   registers three households, logs an exchange, plans a follow-up and records
   a dossier print: those changes stay *unsent* in the outbox. A login to a
   fictitious server is stored as ``escale login`` would store it;
4. drops the 35,000 communes' reference rows the release loads (the current
   code reloads its own at the first opening, and they would make the file
   10 MB) where no row points at them, and marks the reference as outdated so
   the current code reloads it whole at the first opening (as after any update
   of the reference files); then vacuums.

Run it from the repository root; the worktree is removed afterwards:

    .venv/bin/python tools/make_upgrade_fixture.py [--output tests/fixtures/release-1.sqlite]
"""

# The release's modules are imported inside build(), in the child process only.
# ruff: noqa: PLC0415
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

RELEASE_COMMIT = "97486d5"
RELEASE_HEAD = "0004_document_print"
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO_ROOT / "tests" / "fixtures" / "release-1.sqlite"
TODAY = date(2026, 11, 20)
MOMENT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
DEMO_HOUSEHOLDS = 30
FAKE_SERVER = "https://escale.region-bfc.invalid"
FAKE_OFFICER = uuid.UUID("5f0c3a9e-2b1d-4c8e-9a77-0d1e2f3a4b5c")
MAX_SIZE = 2_000_000
REFERENCE_VERSION_KEY = "reference_data_version"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--inside-release", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside_release:
        build(args.output.resolve())
        return
    with tempfile.TemporaryDirectory(prefix="escale-release-1-") as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), RELEASE_COMMIT],
            cwd=REPO_ROOT,
            check=True,
        )
        try:
            subprocess.run(
                [sys.executable, __file__, "--inside-release", "--output", str(args.output)],
                env={**os.environ, "PYTHONPATH": str(tree)},
                cwd=scratch,
                check=True,
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=REPO_ROOT, check=True
            )
    size = args.output.stat().st_size
    print(f"{args.output}: {size:,} bytes")
    if size > MAX_SIZE:
        raise SystemExit(f"the fixture is over {MAX_SIZE:,} bytes: keep it small")


def build(output: Path) -> None:
    """Runs under the release's code: everything here is the first release's behaviour."""
    import desktop
    from desktop.cases.follow_ups import schedule_follow_up
    from desktop.cases.households import (
        HouseholdInput,
        NeedInput,
        PersonInput,
        TargetInput,
        register_household,
    )
    from desktop.cases.timeline import log_interaction
    from desktop.demo import generate_demo
    from desktop.documents.prints import record_print
    from desktop.models import (
        Channel,
        DocumentVersion,
        NeedDomain,
        PersonRole,
        ProjectType,
        Source,
        TerritoryKind,
    )
    from desktop.storage import migrate, open_database
    from desktop.sync import state

    release_tree = Path(os.environ["PYTHONPATH"]).resolve()
    assert Path(desktop.__file__).resolve().is_relative_to(release_tree), desktop.__file__
    assert migrate.head_revision() == RELEASE_HEAD, migrate.head_revision()

    folder = Path(tempfile.mkdtemp(prefix="escale-fixture-"))
    database = open_database(folder / "escale.db")
    generate_demo(database, households=DEMO_HOUSEHOLDS, seed=7, today=TODAY)
    families = [
        ("Lucie", "Moreau", "lucie.moreau@exemple.fr", "58194", "Infirmière"),
        ("Théo", "Garnier", "theo.garnier@exemple.fr", "21231", "Menuisier"),
        ("Amélie", "Nguyen", "amelie.nguyen@exemple.fr", "25056", "Développeuse"),
    ]
    registered = []
    with database.transaction() as session:
        for first, last, email, commune, job in families:
            household = register_household(
                session,
                HouseholdInput(
                    source=Source.FAIR,
                    members=[
                        PersonInput(
                            PersonRole.ADULT,
                            first,
                            last,
                            birth_year="1987",
                            occupation=job,
                            email=email,
                            phone="06 12 34 56 78",
                        ),
                        PersonInput(PersonRole.CHILD, "Jeanne", last, birth_year="2018"),
                    ],
                    targets=[TargetInput(TerritoryKind.COMMUNE, commune)],
                    needs=[NeedInput(NeedDomain.JOB, note="Cherche un poste à temps plein")],
                    origin_commune_code="94028",
                    origin_postcode="94000",
                    project_types={ProjectType.JOB_MOVE},
                    housing_budget_eur=900,
                ),
                today=TODAY,
                registered_at=MOMENT,
            )
            registered.append(household.id)
        interaction = log_interaction(
            session,
            registered[0],
            channel=Channel.PHONE,
            summary="Appel : visite de Nevers prévue en décembre",
            occurred_at=MOMENT,
            today=TODAY,
        )
        schedule_follow_up(
            session,
            registered[0],
            due_on=date(2026, 12, 4),
            what="Envoyer la liste des écoles de Nevers",
            today=TODAY,
            interaction_id=interaction.id,
        )
    record_print(database, registered[1], DocumentVersion.HOUSEHOLD, None, printed_at=MOMENT)
    with database.engine.begin() as connection:
        state.store_account(
            connection,
            state.Account(
                server_url=FAKE_SERVER,
                officer_id=FAKE_OFFICER,
                officer_name="Ana Martin",
                officer_email="ana.martin@region-bfc.example.fr",
                token="jeton-de-la-premiere-version",
                expires_at="2027-05-20T10:00:00+00:00",
            ),
        )
    database.close()
    compact(folder / "escale.db", output)
    shutil.rmtree(folder)


def compact(source: Path, output: Path) -> None:
    """Copy ``source`` to ``output`` without the unreferenced commune rows, vacuumed."""
    connection = sqlite3.connect(source)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA foreign_keys = OFF")
        references = [
            (table, column)
            for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).fetchall()
            for (_id, _seq, parent, column, *_rest) in connection.execute(
                f"PRAGMA foreign_key_list('{table}')"
            ).fetchall()
            if parent == "commune" and table != "commune_postcode"
        ]
        kept = " UNION ".join(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"
            for table, column in references
        )
        connection.execute("BEGIN")
        connection.execute(f"DELETE FROM commune_postcode WHERE commune_code NOT IN ({kept})")
        connection.execute(f"DELETE FROM commune WHERE code NOT IN ({kept})")
        # The current code reloads the whole reference at the first opening, as after an update.
        connection.execute(
            "UPDATE app_meta SET value = 'release-1, communes trimmed' WHERE key = ?",
            (REFERENCE_VERSION_KEY,),
        )
        connection.execute("COMMIT")
        assert not connection.execute("PRAGMA foreign_key_check").fetchall()
        connection.execute("PRAGMA journal_mode = DELETE")
        output.unlink(missing_ok=True)
        connection.execute("VACUUM INTO ?", (str(output),))
    finally:
        connection.close()


if __name__ == "__main__":
    main()
