"""Demo data: deterministic, plausible, clearly fake, and never mixed into a real log."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo import DemoPlan, fill, generate
from app.errors import UserError
from app.timeutil import stamp_from

END = dt.date(2026, 11, 27)


def test_same_seed_same_data_other_seed_other_data():
    a = generate(DemoPlan(years=0.2, end=END, seed=3))
    b = generate(DemoPlan(years=0.2, end=END, seed=3))
    c = generate(DemoPlan(years=0.2, end=END, seed=4))
    assert a.mood == b.mood and a.practice == b.practice
    assert a.mood != c.mood


def test_plausible_and_clearly_fake():
    rows = generate(DemoPlan(years=1, end=END))
    days = {r["local_day"] for r in rows.mood}
    assert 280 <= len(days) <= 345          # most days, not every day
    assert 1.8 <= len(rows.mood) / len(days) <= 3.2
    assert all(-5 <= r["pleasantness"] <= 5 and -5 <= r["energy"] <= 5 for r in rows.mood)
    notes = [r["note"] for r in rows.mood if r["note"]]
    assert notes and all(n.startswith("Demo:") for n in notes)
    assert all(r["situation"].startswith("Demo:") for r in rows.regulation)
    assert max(r["local_day"] for r in rows.mood) <= END
    assert {r["kind"] for r in rows.practice} == {"breathing", "visualization", "timer", "audio"}


def test_fill_writes_every_table_and_refuses_a_second_time(ctx):
    rows = fill(ctx.db, DemoPlan(years=0.3, end=END))
    count = ctx.db.read("SELECT COUNT(*) FROM mood_checkin")[0][0]
    assert count == len(rows.mood)
    assert ctx.db.read("SELECT COUNT(*) FROM checkin_emotion")[0][0] == len(rows.emotions)
    assert ctx.db.read("SELECT COUNT(*) FROM checkin_tag")[0][0] > 0
    assert ctx.db.read("SELECT COUNT(*) FROM regulation_entry")[0][0] == len(rows.regulation)
    with pytest.raises(UserError, match="already holds"):
        fill(ctx.db, DemoPlan(years=0.3, end=END))
    assert ctx.db.read("SELECT COUNT(*) FROM mood_checkin")[0][0] == count


def test_fill_refuses_a_real_log(ctx):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    with pytest.raises(UserError, match="separate folder"):
        fill(ctx.db, DemoPlan(years=0.1, end=END))
    assert ctx.db.read("SELECT COUNT(*) FROM mood_checkin")[0][0] == 1


def test_nothing_is_made_later_than_now_on_the_last_day():
    # A demo check-in at 13:34 seen at 13:00 would look like a mistake.
    until = dt.datetime.combine(END, dt.time(13, 0))  # seed 7 checks in at 12:38 and 13:34
    rows = generate(DemoPlan(years=0.5, end=END, until=until))
    whole = generate(DemoPlan(years=0.5, end=END))
    stamps = [r["at_utc"] for r in rows.mood] + [r["started_at_utc"] for r in rows.practice]
    stamps += [r["at_utc"] for r in rows.regulation]
    latest = max(stamps)
    assert latest <= stamp_from(until).at_utc
    assert len(rows.mood) < len(whole.mood)  # the end day lost its later check-ins
    assert any(r["local_day"] == END for r in rows.mood)  # but kept earlier ones
