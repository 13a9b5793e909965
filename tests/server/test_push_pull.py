"""Push then pull over HTTP: idempotency, merge, conflicts, paging, tombstones."""

from __future__ import annotations

import httpx
from sqlalchemy import Engine, func, select

from server.models import AppliedChange, Conflict, Record
from tests.server.helpers import NEVERS, Device, create_officer, new_household, new_id


def _officers(engine: Engine, http: httpx.Client) -> tuple[Device, Device]:
    create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    create_officer(engine, "paul@nievre.fr", NEVERS, name="Paul")
    return Device.login(http, "ana@nievre.fr"), Device.login(http, "paul@nievre.fr")


def test_pushed_records_are_pulled_by_the_officers_of_their_territory(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    household_id, changes = new_household(ana, NEVERS)
    results = ana.push_ok(*changes)
    assert [result["status"] for result in results] == ["applied"] * 3
    pulled = paul.pull_all()
    household = pulled["records"][("household", household_id)]
    assert household["version"] == 1
    assert household["deleted"] is False
    assert household["data"]["name"] == "Martin"
    assert household["hlc"] == changes[0]["hlc"]
    tables = sorted(table for table, _ in pulled["records"])
    assert tables.count("officer") == 2  # the accounts travel to everyone
    assert {"household", "household_target", "person"} <= set(tables)


def test_the_push_answer_carries_a_clock_not_older_than_the_changes(
    engine: Engine, http: httpx.Client
) -> None:
    ana, _ = _officers(engine, http)
    future = ana.clock(wall_ms=9_000_000_000_000)
    _, changes = new_household(ana, NEVERS)
    changes[0]["hlc"] = future
    response = ana.push(*changes)
    assert response.json()["hlc"] >= future


def test_the_same_change_pushed_twice_is_applied_once(engine: Engine, http: httpx.Client) -> None:
    ana, _ = _officers(engine, http)
    household_id, changes = new_household(ana, NEVERS)
    assert [r["status"] for r in ana.push_ok(*changes)] == ["applied"] * 3
    again = ana.push_ok(*changes, changes[0])
    assert [r["status"] for r in again] == ["duplicate"] * 4
    with engine.connect() as connection:
        version = connection.scalar(select(Record.version).where(Record.id == household_id))
        answered = connection.scalar(select(func.count()).select_from(AppliedChange))
    assert version == 1
    assert answered == 3


def test_edits_of_different_fields_on_two_devices_both_survive(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    household_id, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    ana.push_ok(ana.change("household", household_id, {"name": "Martin-Durand"}, base_version=1))
    paul.push_ok(
        paul.change("household", household_id, {"housing_budget_eur": 180000}, base_version=1)
    )
    record = paul.pull_all()["records"][("household", household_id)]
    assert record["version"] == 3
    assert record["data"]["name"] == "Martin-Durand"
    assert record["data"]["housing_budget_eur"] == 180000
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Conflict)) == 0


def test_same_field_later_clock_wins_and_the_loser_is_in_the_conflict_log(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    household_id, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    cursor = paul.pull_all()["cursor"]
    wall = int(changes[0]["hlc"][:13])
    later = paul.change("household", household_id, {"name": "Dupont"}, base_version=1,
                        hlc=paul.clock(wall + 2000))  # fmt: skip
    earlier = ana.change("household", household_id, {"name": "Durand"}, base_version=1,
                         hlc=ana.clock(wall + 1000))  # fmt: skip
    paul.push_ok(later)
    assert ana.push_ok(earlier)[0]["status"] == "applied"  # applied, and lost the merge
    page = paul.pull_all(cursor)
    assert page["records"][("household", household_id)]["data"]["name"] == "Dupont"
    [conflict] = page["conflicts"]
    assert conflict["table"] == "household"
    assert conflict["id"] == household_id
    assert conflict["field"] == "name"
    assert (conflict["kept_value"], conflict["lost_value"]) == ("Dupont", "Durand")
    assert conflict["kept_device"] == paul.id and conflict["lost_device"] == ana.id
    assert conflict["lost_hlc"] == earlier["hlc"]
    assert ana.pull_all(cursor)["conflicts"] == [conflict]  # both officers see it


def test_pull_pages_follow_the_cursor_without_gaps_or_repeats(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    ids = []
    for index in range(7):
        household_id, changes = new_household(ana, NEVERS, name=f"Foyer {index}")
        ana.push_ok(*changes)
        ids.append(household_id)
    seen: list[tuple[str, str]] = []
    cursor, pages = 0, 0
    while True:
        page = paul.pull(cursor, limit=4).json()
        pages += 1
        seqs = [record["seq"] for record in page["records"]]
        assert seqs == sorted(seqs) and all(seq > cursor for seq in seqs)
        seen += [(record["table"], record["id"]) for record in page["records"]]
        assert (page["checksums"] != {}) == (not page["more"])
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert len(seen) == len(set(seen)) == 4 + 7 * 3  # 2 officers and their territories, 7 x 3
    assert pages == 7
    assert {("household", household_id) for household_id in ids} <= set(seen)
    assert paul.pull(cursor).json()["records"] == []


def test_a_deletion_travels_as_a_tombstone(engine: Engine, http: httpx.Client) -> None:
    ana, paul = _officers(engine, http)
    _household_id, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    person_id = changes[2]["id"]
    cursor = paul.pull_all()["cursor"]
    ana.push_ok(ana.change("person", person_id, {}, base_version=1, deleted=True))
    page = paul.pull_all(cursor)
    [tombstone] = page["records"].values()
    assert (tombstone["table"], tombstone["id"]) == ("person", person_id)
    assert tombstone["deleted"] is True
    assert tombstone["version"] == 2


def test_the_checksum_follows_the_records_of_the_territory(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    _, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    before = paul.pull_all()["checksums"]
    assert set(before) == {NEVERS}
    assert set(ana.pull_all()["checksums"]) == {"58"}
    ana.push_ok(ana.change("person", changes[2]["id"], {"first_name": "Zoé"}, base_version=1))
    after = paul.pull_all()["checksums"]
    assert after[NEVERS] != before[NEVERS]
    repair = paul.pull(0, territory=NEVERS).json()
    assert {record["table"] for record in repair["records"]} == {
        "household", "household_target", "person"
    }  # fmt: skip
    assert repair["checksums"] == after
    assert paul.pull(0, territory="25").status_code == 403


def test_a_bad_change_is_rejected_alone_and_blocks_nothing(
    engine: Engine, http: httpx.Client
) -> None:
    ana, _ = _officers(engine, http)
    _household_id, changes = new_household(ana, NEVERS)
    bad = [
        ana.change("household", new_id(), {"name": "X", "source": "salon", "couleur": "bleu"}),
        ana.change("household", new_id(), {"name": "X", "source": "par pigeon"}),
        ana.change("household", new_id(), {"source": "salon"}),
        ana.change("officer", new_id(), {"name": "Pirate", "email": "p@x.fr"}),
        ana.change("inconnue", new_id(), {}),
        {**ana.change("person", new_id(), {}), "hlc": "hier"},
        ana.change("person", new_id(), {"household_id": new_id(), "role": "adulte",
                                        "first_name": "A", "last_name": "B"}),
    ]  # fmt: skip
    results = ana.push_ok(*bad, *changes)
    statuses = [result["status"] for result in results]
    assert statuses == ["rejected"] * len(bad) + ["applied"] * 3
    reasons = [result["reason"] for result in results[: len(bad)]]
    assert "couleur" in reasons[0]
    assert "par pigeon" not in reasons[1] and "source" in reasons[1]
    assert "name" in reasons[2]
    assert "serveur régional" in reasons[3]
    assert "inconnue" in reasons[4]
    assert "Horloge" in reasons[5]
    assert reasons[6] == "Foyer inconnu ou hors de votre territoire."
    with engine.connect() as connection:
        tables = connection.scalars(select(Record.table_name).where(Record.scope == "household"))
        assert sorted(tables) == ["household", "household_target", "person"]
    again = ana.push_ok(bad[0])
    assert again[0]["status"] == "rejected"  # answered the same, still written nowhere


def test_concurrent_pushes_all_land_with_distinct_seqs(engine: Engine, http: httpx.Client) -> None:
    """Four devices push at once: the sequence lock serialises them, nothing fails or collides."""
    from concurrent.futures import ThreadPoolExecutor

    create_officer(engine, "ana@nievre.fr", "58")
    devices = [Device.login(http, "ana@nievre.fr") for _ in range(4)]

    def push_some(device: Device) -> list[str]:
        statuses = []
        for index in range(5):
            _, changes = new_household(device, NEVERS, name=f"Foyer {index}")
            statuses += [result["status"] for result in device.push_ok(*changes)]
        return statuses

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = [status for result in pool.map(push_some, devices) for status in result]
    assert statuses == ["applied"] * 4 * 5 * 3
    pulled = devices[0].pull_all(limit=7)
    seqs = [record["seq"] for record in pulled["records"].values()]
    assert len(seqs) == len(set(seqs)) == 2 + 4 * 5 * 3


def test_a_pull_page_travels_gzipped_when_the_client_accepts_it(
    engine: Engine, http: httpx.Client
) -> None:
    ana, paul = _officers(engine, http)
    for index in range(5):
        _household_id, changes = new_household(ana, NEVERS, name=f"Foyer {index}")
        ana.push_ok(*changes)
    page = paul.pull(0)
    assert page.headers.get("content-encoding") == "gzip"
    assert page.num_bytes_downloaded < len(page.content) / 2
    assert len(page.json()["records"]) >= 15
