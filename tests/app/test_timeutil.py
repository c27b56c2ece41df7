"""UTC plus offset at entry: the local day survives DST changes and travel."""

from __future__ import annotations

import datetime as dt

import pytest

from app.timeutil import parse_day, parse_moment, stamp_from


def test_naive_time_is_read_as_local_time_across_dst():
    # conftest fixes TZ=Europe/Berlin: CET (+60) before 29 March 2026, CEST (+120) after.
    winter = stamp_from(dt.datetime(2026, 3, 28, 23, 30))
    summer = stamp_from(dt.datetime(2026, 3, 29, 23, 30))
    assert (winter.at_utc, winter.offset_min) == (dt.datetime(2026, 3, 28, 22, 30), 60)
    assert (summer.at_utc, summer.offset_min) == (dt.datetime(2026, 3, 29, 21, 30), 120)
    assert winter.local_day == dt.date(2026, 3, 28)
    assert summer.local_day == dt.date(2026, 3, 29)


def test_an_explicit_offset_wins_over_the_machine_zone():
    # Logged at 00:30 in Tokyo: that is still the previous evening in Berlin, but the
    # entry belongs to the day the person lived it.
    stamp = stamp_from(parse_moment("2026-07-02T00:30:00+09:00"))
    assert stamp.at_utc == dt.datetime(2026, 7, 1, 15, 30)
    assert stamp.offset_min == 540
    assert stamp.local_day == dt.date(2026, 7, 2)


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01T00:00", "27/11/2026"])
def test_bad_moments_are_explained(text):
    with pytest.raises(ValueError, match="ISO-8601"):
        parse_moment(text)


def test_bad_days_are_explained():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("2026-02-30")


@pytest.mark.parametrize("text", ["9999-12-31T23:00-05:00", "0001-01-01T00:30+01:00"])
def test_moments_at_the_edge_of_time_are_refused_plainly(text):
    with pytest.raises(ValueError, match="out of range"):
        parse_moment(text)
    with pytest.raises(ValueError, match="out of range"):
        parse_day(text[:10])
