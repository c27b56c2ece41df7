"""Mood by sleep: groups match values recomputed in Python from the stored rows, with
several check-ins a day, a deleted one left out, and groups under three days held back."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import defaultdict

import pytest

from app.stats.periods import span
from app.stats.sleep import mood_by_sleep
from tests.app.stats_helpers import berlin

START = dt.date(2026, 10, 1)
PERIOD = span(START, START + dt.timedelta(days=13))
# (day index, hour, pleasantness, energy, sleep hours or None)
ENTRIES = [
    (0, 8, -2, -3, 5.0), (0, 20, 0, -1, None),          # short night; the evening has no sleep
    (1, 7, -1, -2, 5.0), (1, 12, 1, 0, 6.0),             # two answers: 5.5 hours, still short
    (2, 9, 1, -1, 4.5),
    (3, 8, 2, 1, 6.0), (4, 8, 1, 2, 7.0),               # only two middle days: held back
    (5, 8, 3, 2, 7.5), (5, 22, 1, 0, None),              # 7.5 exactly belongs to the long group
    (6, 9, 4, 3, 8.0),
    (7, 9, 2, 1, 9.0), (7, 18, 0, 2, 8.0),
    (8, 9, 3, 3, None),                                  # no sleep given: not in any group
    (20, 9, -5, -5, 3.0),                                # outside the period
]


@pytest.fixture
def logged(ctx):
    for index, hour, p, e, hours in ENTRIES:
        day = START + dt.timedelta(days=index)
        ctx.mood.add_checkin(pleasantness=p, energy=e, sleep_hours=hours,
                             at=berlin(f"{day.isoformat()}T{hour:02d}:30"))
    # Deleted: would pull day 6 down and make day 9 a fourth short night if it counted.
    for index, p, hours in ((6, -5, 3.0), (9, -4, 4.0)):
        gone = ctx.mood.add_checkin(pleasantness=p, energy=-5, sleep_hours=hours,
                                    at=berlin(f"{START + dt.timedelta(days=index)}T21:00"))
        ctx.mood.delete_checkin(gone.id)
    return ctx


def _recomputed(data_dir, period) -> list[tuple[str, int, float, float, float]]:
    """The groups straight from the table: local day from UTC + offset, in Python."""
    with contextlib.closing(sqlite3.connect(data_dir / "stillpoint.db")) as conn:
        rows = conn.execute("SELECT at_utc, utc_offset_min, pleasantness, energy, sleep_hours "
                            "FROM mood_checkin WHERE deleted_at_utc IS NULL").fetchall()
    days: dict[dt.date, list] = defaultdict(list)
    for at_utc, offset, p, e, hours in rows:
        day = (dt.datetime.fromisoformat(at_utc) + dt.timedelta(minutes=offset)).date()
        if period.start <= day <= period.end:
            days[day].append((p, e, hours))
    bands: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for entries in days.values():
        given = [h for _p, _e, h in entries if h is not None]
        if not given:
            continue
        sleep = sum(given) / len(given)
        name = ("under 6 hours" if sleep < 6 else "6 to 7½ hours" if sleep < 7.5
                else "7½ hours or more")
        bands[name].append((sleep, sum(x[0] for x in entries) / len(entries),
                            sum(x[1] for x in entries) / len(entries)))
    kept = [(name, len(v), sum(x[1] for x in v) / len(v), sum(x[2] for x in v) / len(v),
             sum(x[0] for x in v) / len(v))
            for name, v in bands.items() if len(v) >= 3]
    return sorted(kept, key=lambda g: g[4]) if len(kept) >= 2 else []


def test_groups_match_the_stored_rows(logged, data_dir):
    groups = mood_by_sleep(logged.db, PERIOD)
    expected = _recomputed(data_dir, PERIOD)
    assert [(g.label, g.days, g.pleasantness, g.energy, g.sleep) for g in groups] == [
        (name, n, pytest.approx(p), pytest.approx(e), pytest.approx(s))
        for name, n, p, e, s in expected]
    # And by hand, so a shared mistake in both computations would still show.
    short, long_ = groups
    assert (short.label, short.days, short.sleep) == ("under 6 hours", 3, pytest.approx(5.0))
    # Day means: -1, 0, 1 -> 0.0; energy -2, -1, -1 -> -4/3.
    assert short.pleasantness == pytest.approx(0.0)
    assert short.energy == pytest.approx(-4 / 3)
    # Days 5, 6, 7: pleasantness 2, 4, 1; energy 1, 3, 1.5; sleep 7.5, 8, 8.5.
    assert (long_.label, long_.days) == ("7½ hours or more", 3)
    assert long_.pleasantness == pytest.approx(7 / 3)
    assert long_.energy == pytest.approx(5.5 / 3)
    assert long_.sleep == pytest.approx(8.0)


def test_one_group_alone_is_not_shown(logged):
    # The first five days hold three short nights and two middle ones: nothing to compare.
    assert mood_by_sleep(logged.db, span(START, START + dt.timedelta(days=4))) == []
