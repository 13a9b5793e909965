"""The window of a lost laptop: its next sync wipes the data, says why and closes.

A real server in a thread, a real logged-in database, the real main window
driven offscreen; the administrator reports the device lost between two syncs.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import PersonRole, Source, TerritoryKind
from desktop.storage import Database
from desktop.storage.wipe import files_to_wipe
from desktop.sync import state
from desktop.sync.account import login
from desktop.ui.application import create_main_window
from desktop.ui.settings import open_settings
from server.accounts import report_device_lost
from server.database import make_engine, writing
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served
from tests.ui.driving import answer

SYNC_TIMEOUT_MS = 30_000


def test_the_window_wipes_a_lost_laptop_and_closes(
    qtbot, tmp_path: Path, database: Database, data_dir: Path
) -> None:
    template = make_server_template(tmp_path)
    with cheap_password_hashes(), served(template, tmp_path) as (url, server_db):
        officer(server_db, "claire@example.fr", "58", name="Claire Morel")
        login(database.engine, url, "claire@example.fr", PASSWORD)
        with database.transaction() as session:
            register_household(
                session,
                HouseholdInput(
                    source=Source.FAIR,
                    members=[
                        PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", phone="0612345678")
                    ],
                    targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
                ),
                today=date(2026, 11, 25),
            )
        window = create_main_window(database, open_settings(data_dir), auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS) as first:
            assert window.sync.sync_now()
        assert first.args[0].error is None and first.args[0].pushed == 4
        qtbot.waitUntil(lambda: not window.sync.running())
        shutil.copy2(database.path, data_dir / "escale.db.avant-0007.bak")
        with database.engine.connect() as connection:
            device_id = state.device_id(connection)
        engine = make_engine(server_db)
        with writing(engine) as session:
            report_device_lost(session, device_id)
        engine.dispose()

        seen: list[str] = []
        answer("deviceWipedBox", "okButton", seen)
        with qtbot.waitSignal(window.sync.device_wiped, timeout=SYNC_TIMEOUT_MS):
            assert window.sync.sync_now()
        qtbot.waitUntil(lambda: seen == ["deviceWipedBox"], timeout=SYNC_TIMEOUT_MS)
        qtbot.waitUntil(lambda: not window.isVisible())
        assert files_to_wipe(database.path) == []
        assert not database.path.exists()
        assert window.sync.sync_now() is False  # no sync ever again from this window
        assert "déclaré perdu" in (window.sync.last_problem or "")


def test_a_lost_laptop_that_logs_in_again_from_the_window_wipes_itself(
    qtbot, tmp_path: Path, database: Database, data_dir: Path
) -> None:
    template = make_server_template(tmp_path)
    with cheap_password_hashes(), served(template, tmp_path) as (url, server_db):
        officer(server_db, "claire@example.fr", "58", name="Claire Morel")
        login(database.engine, url, "claire@example.fr", PASSWORD)
        with database.engine.connect() as connection:
            device_id = state.device_id(connection)
        engine = make_engine(server_db)
        with writing(engine) as session:
            report_device_lost(session, device_id)
        engine.dispose()
        window = create_main_window(database, open_settings(data_dir), auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)

        seen: list[str] = []
        answer("deviceWipedBox", "okButton", seen)
        task = window.sync.log_in(url, "claire@example.fr", PASSWORD)
        with qtbot.waitSignal(window.sync.device_wiped, timeout=SYNC_TIMEOUT_MS):
            task.start()
        qtbot.waitUntil(lambda: seen == ["deviceWipedBox"], timeout=SYNC_TIMEOUT_MS)
        task.wait()
        assert not window.isVisible()
        assert files_to_wipe(database.path) == []
