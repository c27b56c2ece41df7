"""A database with a row in every table, made through the services (and demo data)."""

from __future__ import annotations

import datetime as dt

from app.context import AppContext
from app.demo import DemoPlan, fill
from app.exchange.columns import export_tables
from app.goals.types import GoalDraft
from app.journal.types import JournalDraft


def fill_everything(ctx: AppContext) -> None:
    fill(ctx.db, DemoPlan(years=0.05, end=dt.date(2026, 11, 20), seed=5))
    checkin = ctx.db.rows("SELECT MIN(id) AS id FROM mood_checkin")[0]["id"]
    entry = ctx.journal.add_entry(JournalDraft(text="Quiet morning, «ünïcode» too.\nTwo lines.",
                                               tags=("calm", "home"), checkin_id=checkin))
    ctx.therapy.set_next_session_day(dt.date(2026, 12, 1))
    ctx.therapy.flag("journal", entry.id, "talk about this")
    ctx.therapy.flag("checkin", checkin)
    held = ctx.therapy.record_session("the morning worry", "notice it twice")
    ctx.therapy.flag("journal", entry.id)  # waits for the next session
    goal = ctx.goals.add_goal(GoalDraft(title="Breathe more", why="it helps",
                                        review_on=dt.date(2026, 12, 30)))
    ctx.goals.add_step(goal.id, "Breathe 5 minutes", practice_kind="breathing", minutes=5,
                       days=4)
    ctx.goals.add_step(goal.id, "Homework", therapy_session_id=held.id)
    ctx.assessments.take("who-5", [3, 4, 2, 5, 1])
    ctx.safety.add_item("coping", "A slow walk")
    ctx.breathing.create_pattern(name="Mine", inhale=4, hold_in=1.5, exhale=6, hold_out=0)
    ctx.settings.set("theme", "dark")
    from app.storage.models import AudioTrack

    with ctx.db.transaction() as session:
        session.add(AudioTrack(title="Rain", path="/music/rain.ogg", copied=False,
                               duration_seconds=61.5, tags="calm",
                               added_at_utc=dt.datetime(2026, 11, 2, 8, 0, 0, 123456)))
    empty = [t.name for t in export_tables()
             if not ctx.db.rows(f"SELECT COUNT(*) AS n FROM {t.name}")[0]["n"]]
    assert not empty, f"no rows in {empty}"
