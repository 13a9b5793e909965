"""The field-level merge alone: clocks, concurrency and the conflict log."""

from __future__ import annotations

from server.merge import Change, RecordState, merge

A = "a" * 32
B = "b" * 32


def clock(wall: int, counter: int = 0, device: str = A) -> str:
    return f"{wall:013d}-{counter:05d}-{device}"


def change(fields: dict, hlc: str, base: int, *, deleted: bool = False, device: str = A) -> Change:
    return Change(fields, hlc, base, deleted, device, f"officer-{device[0]}")


def created() -> RecordState:
    result = merge(RecordState.empty(), change({"name": "Martin", "city": "Nevers"}, clock(1), 0))
    return result.state


def test_creation_takes_every_field_with_its_clock() -> None:
    state = created()
    assert state.version == 1
    assert state.data == {"name": "Martin", "city": "Nevers"}
    assert state.deleted is False
    assert state.clocks == {"name": clock(1), "city": clock(1), "deleted": clock(1)}
    assert state.hlc == clock(1)


def test_concurrent_edits_of_different_fields_both_survive() -> None:
    state = created()
    first = merge(state, change({"name": "Martin-Durand"}, clock(5, device=A), 1, device=A))
    second = merge(first.state, change({"city": "Clamecy"}, clock(4, device=B), 1, device=B))
    assert second.state.data == {"name": "Martin-Durand", "city": "Clamecy"}
    assert second.state.version == 3
    assert first.conflicts == second.conflicts == []


def test_same_field_later_clock_wins_and_the_earlier_value_is_logged() -> None:
    state = created()
    later = merge(state, change({"city": "Clamecy"}, clock(9, device=A), 1, device=A))
    earlier = merge(later.state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    assert earlier.state.data["city"] == "Clamecy"
    [lost] = earlier.conflicts
    assert (lost.field, lost.kept_value, lost.lost_value) == ("city", "Clamecy", "Cosne")
    assert lost.kept_device == A and lost.lost_device == B


def test_a_later_concurrent_write_logs_the_value_it_replaced() -> None:
    state = created()
    earlier = merge(state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    later = merge(earlier.state, change({"city": "Clamecy"}, clock(9, device=A), 1, device=A))
    assert later.state.data["city"] == "Clamecy"
    [lost] = later.conflicts
    assert (lost.kept_value, lost.lost_value, lost.lost_hlc) == (
        "Clamecy",
        "Cosne",
        clock(7, device=B),
    )


def test_the_order_of_arrival_does_not_change_the_outcome() -> None:
    one = change({"city": "Cosne"}, clock(7, device=B), 1, device=B)
    two = change({"city": "Clamecy"}, clock(9, device=A), 1, device=A)
    forward = merge(merge(created(), one).state, two)
    backward = merge(merge(created(), two).state, one)
    assert forward.state.values == backward.state.values
    assert forward.state.clocks == backward.state.clocks
    assert [c.lost_value for c in forward.conflicts] == [c.lost_value for c in backward.conflicts]


def test_a_sequential_edit_is_no_conflict() -> None:
    state = created()
    first = merge(state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    second = merge(first.state, change({"city": "Clamecy"}, clock(9, device=A), 2, device=A))
    assert second.state.data["city"] == "Clamecy"
    assert second.conflicts == []


def test_delete_and_edit_merge_by_clock() -> None:
    state = created()
    deleted = merge(state, change({}, clock(9, device=A), 1, deleted=True, device=A))
    edited = merge(deleted.state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    assert edited.state.deleted is True
    assert edited.state.data["city"] == "Cosne"  # the tombstone keeps the edit, nothing lost
    [lost] = edited.conflicts
    assert (lost.field, lost.kept_value, lost.lost_value) == ("deleted", True, False)


def test_an_edit_later_than_a_delete_revives_the_record() -> None:
    state = created()
    deleted = merge(state, change({}, clock(5, device=A), 1, deleted=True, device=A))
    edited = merge(deleted.state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    assert edited.state.deleted is False
    [lost] = edited.conflicts
    assert (lost.field, lost.lost_value) == ("deleted", True)


def test_replaying_a_change_changes_no_value() -> None:
    state = created()
    once = merge(state, change({"city": "Cosne"}, clock(7), 1))
    twice = merge(once.state, change({"city": "Cosne"}, clock(7), 1))
    assert twice.state.values == once.state.values
    assert twice.conflicts == []


def test_a_device_overwriting_its_own_queued_write_is_no_conflict() -> None:
    """Two offline edits of one field on one device share a base: the second has seen the first."""
    state = created()
    first = merge(state, change({"city": "Cosne"}, clock(7, device=B), 1, device=B))
    second = merge(first.state, change({"city": "Clamecy"}, clock(8, device=B), 1, device=B))
    assert second.state.data["city"] == "Clamecy"
    assert second.conflicts == []
    other = merge(second.state, change({"city": "Decize"}, clock(9, device=A), 1, device=A))
    [lost] = other.conflicts  # another device with the same base has not seen it
    assert (lost.kept_value, lost.lost_value) == ("Decize", "Clamecy")
