"""Hybrid logical clocks: monotonic, and ordered as strings exactly as clocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.sync.clock import MAX_COUNTER, Clock, ClockError, receive, tick

DEVICE = "a" * 32
OTHER = "b" * 32

walls = st.integers(min_value=0, max_value=10**13 - 2)
devices = st.sampled_from([DEVICE, OTHER, "0" * 32, "f" * 32])
clocks = st.builds(Clock, walls, st.integers(min_value=0, max_value=MAX_COUNTER), devices)


def test_format_is_fixed_width_and_round_trips() -> None:
    value = Clock(1_764_000_000_000, 7, DEVICE)
    assert str(value) == f"1764000000000-00007-{DEVICE}"
    assert Clock.parse(str(value)) == value


@pytest.mark.parametrize(
    "text", ["", "1764000000000-7-" + DEVICE, "1764000000000-00007-XYZ", "abc-00000-" + DEVICE]
)
def test_malformed_clocks_are_refused(text: str) -> None:
    with pytest.raises(ClockError):
        Clock.parse(text)


def test_tick_follows_the_wall_clock_and_counts_within_a_millisecond() -> None:
    first = tick(None, DEVICE, 1000)
    assert first == Clock(1000, 0, DEVICE)
    assert tick(first, DEVICE, 1000) == Clock(1000, 1, DEVICE)
    assert tick(first, DEVICE, 999) == Clock(1000, 1, DEVICE), "a wall clock set back"
    assert tick(first, DEVICE, 2000) == Clock(2000, 0, DEVICE)


def test_a_full_counter_borrows_the_next_millisecond() -> None:
    assert tick(Clock(1000, MAX_COUNTER, DEVICE), DEVICE, 1000) == Clock(1001, 0, DEVICE)


def test_receive_orders_the_next_local_edit_after_the_remote_one() -> None:
    remote = Clock(5000, 3, OTHER)
    seen = receive(Clock(1000, 0, DEVICE), remote, DEVICE, 1200)
    assert seen == Clock(5000, 4, DEVICE)
    assert tick(seen, DEVICE, 1300) > remote


@given(st.lists(st.tuples(st.booleans(), walls, clocks), min_size=1, max_size=40))
def test_clocks_only_go_forward_and_strings_sort_like_clocks(
    steps: list[tuple[bool, int, Clock]],
) -> None:
    last: Clock | None = None
    seen: list[Clock] = []
    for is_receive, now, remote in steps:
        current = receive(last, remote, DEVICE, now) if is_receive else tick(last, DEVICE, now)
        if last is not None:
            assert current > last
        if is_receive:
            assert current > remote
        assert current.wall_ms >= now
        seen.append(current)
        last = current
    assert sorted(seen, key=str) == sorted(seen)


@given(clocks, clocks)
def test_string_order_is_clock_order(one: Clock, other: Clock) -> None:
    assert (str(one) < str(other)) == (one < other)
    assert (str(one) == str(other)) == (one == other)
