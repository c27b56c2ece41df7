"""The same services on a real PostgreSQL server: schema, writes, every stats query."""

from __future__ import annotations

import datetime as dt

import pytest

from app.context import open_context
from app.errors import StorageError
from app.mood.types import CheckinDraft
from app.regulation.types import RegulationDraft
from app.stats.periods import month_of, week_of, year_of
from app.stats.report import ReportRequest, gather
from app.storage import migrate
from app.storage.database import Database

DAY = dt.date(2026, 10, 26)  # the Monday after Europe's autumn clock change


@pytest.fixture
def pg(data_dir, postgres_url):
    ctx = open_context(str(data_dir), postgres_url)
    yield ctx
    ctx.close()


def test_new_database_is_created_and_stamped(pg):
    assert pg.migration.action == "created"
    assert migrate.current_revision(pg.db) == migrate.HEAD


def test_revision_chain_builds_the_same_schema_as_the_models(postgres_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.models import Base

    db = Database(postgres_url)
    migrate.upgrade(db, migrate.HEAD)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()


def test_newer_schema_is_refused(data_dir, postgres_url):
    open_context(str(data_dir), postgres_url).close()
    db = Database(postgres_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    with pytest.raises(StorageError, match="newer Stillpoint"):
        open_context(str(data_dir), postgres_url)


def test_every_service_and_stats_query_runs(pg):
    # Several check-ins a day, on both sides of the October clock change.
    for day_offset, hour, p, e in [(-2, 9, 2, 1), (-2, 21, -1, -2), (0, 8, 3, 2), (0, 23, 1, 0),
                                   (1, 12, -3, 3), (3, 7, 0, -1)]:
        at = dt.datetime.combine(DAY + dt.timedelta(days=day_offset), dt.time(hour, 15))
        pg.mood.add_checkin(CheckinDraft(
            pleasantness=p, energy=e, note=f"note {day_offset}",
            emotions={"calm": 5} if p > 0 else {"anxious": 6}, tags=("home",),
            sleep_hours=7.5), at=at)
    pg.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                            planned_seconds=300, actual_seconds=300, completed=True,
                            calm_before=3, calm_after=7,
                            started_at=dt.datetime.combine(DAY, dt.time(10)))
    pg.regulation.add_entry(RegulationDraft(
        situation="a hard call", emotions=(("anxious", 7, 3),), strategy="Opposite action",
        helpfulness=3), at=dt.datetime.combine(DAY, dt.time(11)))
    saved = pg.breathing.create_pattern(name="Long out", inhale=4, hold_in=0, exhale=8,
                                        hold_out=0)
    pg.breathing.restore_pattern(pg.breathing.delete_pattern(saved.id))
    assert [p.name for p in pg.breathing.list_custom()] == ["Long out"]

    entries = pg.mood.list_checkins()
    assert len(entries) == 6 and {c.local_day for c in entries} >= {DAY, DAY - dt.timedelta(2)}
    gone = pg.mood.delete_checkin(entries[0].id)
    assert len(pg.mood.list_checkins()) == 5
    pg.mood.restore_checkin(gone.id)
    assert len(pg.mood.list_checkins()) == 6

    week = week_of(DAY)
    series = pg.stats.mood_series(week)
    monday = next(d for d in series.days if d is not None and d.day == DAY)
    assert (monday.entries, monday.pleasantness, monday.pleasantness_max) == (2, 2.0, 3)
    for period in (week, month_of(DAY), year_of(DAY)):
        pg.stats.mood_series(period)
        pg.stats.weekly_mood(period)
        pg.stats.mood_plane(period)
        pg.stats.notes(period)
        pg.stats.calm_by_exercise(period)
        pg.stats.top_words(period)
        pg.stats.strategy_effects(period)
        pg.stats.strategy_quadrants(period)
        pg.stats.tag_effects(period)
        assert pg.stats.mood_by_sleep(period) == []  # every night was 7.5 h: one group
    assert pg.stats.practice_weeks(DAY)[-1].minutes["breathing"] == pytest.approx(5.0)
    pg.stats.consistency(DAY)
    assert pg.stats.weekly_review(DAY, today=DAY).sentences
    report = gather(pg.db, ReportRequest(start=DAY - dt.timedelta(days=7), end=DAY,
                                         note_ids=None))
    assert report.notes


def test_the_same_new_tag_added_at_once_is_one_tag(data_dir, postgres_url):
    """Another connection adds the tag between our look-up and our INSERT, and is still
    inside its transaction: our INSERT waits on the unique index, then must not fail."""
    import threading
    import time

    from sqlalchemy import text

    with open_context(str(data_dir), postgres_url) as mine, \
            open_context(str(data_dir), postgres_url) as theirs:
        results: list[object] = []
        look_up = mine.mood.list_tags
        with theirs.db.engine.connect() as other:
            def list_tags_then_race(**kwargs):
                found = look_up(**kwargs)
                other.execute(text(
                    "INSERT INTO context_tag (name, category, builtin, hidden, position) "
                    "VALUES ('Gym', 'place', false, false, 999)"))
                return found

            mine.mood.list_tags = list_tags_then_race

            def add() -> None:
                try:
                    results.append(mine.mood.add_tag(name="Gym", category="place"))
                except Exception as exc:  # reported below
                    results.append(exc)

            racer = threading.Thread(target=add)
            racer.start()
            time.sleep(1.0)  # our INSERT is now waiting on theirs
            other.commit()
            racer.join(30)
        gyms = [t for t in theirs.mood.list_tags() if t.name == "Gym"]
        assert len(gyms) == 1 and [getattr(r, "id", r) for r in results] == [gyms[0].id]


def test_the_same_new_tag_on_two_checkins_at_once_is_one_tag(data_dir, postgres_url):
    with open_context(str(data_dir), postgres_url) as one, \
            open_context(str(data_dir), postgres_url) as two:
        resolve = one.mood._resolve_tags

        def resolve_then_race(tags):
            found = resolve(tags)
            two.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1, tags=("place:Gym",)))
            return found

        one.mood._resolve_tags = resolve_then_race
        saved = one.mood.add_checkin(CheckinDraft(pleasantness=2, energy=2, tags=("place:Gym",)))
        gyms = [t for t in two.mood.list_tags() if t.name == "Gym"]
        assert len(gyms) == 1 and [t.id for t in saved.tags] == [gyms[0].id]


def test_journal_add_edit_search_and_restore(pg):
    from app.journal.types import JournalDraft, JournalFilter

    checkin = pg.mood.add_checkin(CheckinDraft(pleasantness=1, energy=0))
    at = dt.datetime.combine(DAY, dt.time(9, 0))
    entry = pg.journal.add_entry(JournalDraft(
        text="Grandma's **kitchen**, 100%", prompt_id="attachment-history/what-felt-safe",
        tags=["Family", "safe"], checkin_id=checkin.id), at=at)
    pg.journal.add_entry(JournalDraft(text="Said no kindly", prompt_id="boundaries/yes-and-no"))
    assert entry.local_day == DAY and entry.tags == ("family", "safe")

    def ids(**kw):
        return [e.id for e in pg.journal.search(JournalFilter(**kw))]

    assert ids(text="KITCHEN 100%") == [entry.id]
    assert ids(set_id="attachment-history", tag="safe", since=DAY, until=DAY) == [entry.id]
    edited = pg.journal.update_entry(entry.id, JournalDraft(text="kitchen again", tags=["x"]))
    assert edited.tags == ("x",) and edited.updated_at_utc is not None
    pg.journal.delete_entry(entry.id)
    assert ids(text="kitchen") == []
    assert pg.journal.restore_entry(entry.id).text == "kitchen again"
    assert pg.journal.tags_used() == ["x"]


def test_assessments_take_and_history(pg):
    at = dt.datetime.combine(DAY, dt.time(9, 0))
    first = pg.assessments.take("who-5", [3, 3, 2, 2, 2], at=at)
    crisis = pg.assessments.take("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
    later = pg.assessments.take("who-5", [4, 4, 3, 3, 3])
    assert first.local_day == DAY and first.scores == {"raw": 12, "percent": 48}
    assert crisis.crisis is True and crisis.band == "minimal"
    assert pg.assessments.history("who-5") == [first, later]
    assert pg.assessments.latest()["phq-9"] == crisis
    pg.assessments.delete(first.id)
    assert pg.assessments.history("who-5") == [later]


def test_safety_plan_items_and_crisis_numbers(pg):
    from app.safety.types import Contacts

    ids = [pg.safety.add_item("people", name).id for name in ("Ana", "Ben", "Cleo")]
    pg.safety.add_item("reasons", "my sister")
    pg.safety.move_item(ids[2], -2)
    pg.safety.edit_item(ids[1], "Ben, 555 0101")
    removed = pg.safety.remove_item(ids[0])
    assert [i.text for i in pg.safety.section_items("people")] == ["Cleo", "Ben, 555 0101"]
    pg.safety.restore_item(removed)
    plan = pg.safety.plan()
    assert [(i.section, i.text) for i in plan.items] == [
        ("people", "Cleo"), ("people", "Ana"), ("people", "Ben, 555 0101"),
        ("reasons", "my sister")]
    card = pg.safety.save_contacts(Contacts(therapist_number="555 0100"))
    assert card.therapist_number == "555 0100"


def test_goals_steps_and_practice_ticks(pg):
    goal = pg.goals.add_goal(title="Calmer evenings", review_on=DAY)
    at = dt.datetime.combine(DAY, dt.time(9))
    linked = pg.goals.add_step(goal.id, "Breathe 5 minutes", practice_kind="breathing",
                               minutes=5, days=2, at=at)
    plain = pg.goals.add_step(goal.id, "Tell a friend")
    pg.goals.move_step(plain.id, -1)
    assert [s.title for s in pg.goals.get_goal(goal.id).steps] == [
        "Tell a friend", "Breathe 5 minutes"]
    pg.goals.set_step_done(plain.id)
    pattern = pg.breathing.find_pattern("box")
    for offset in (0, 6):  # Monday and Sunday of the same local week
        started = dt.datetime.combine(DAY + dt.timedelta(days=offset), dt.time(22, 30))
        pg.breathing.log_session(pattern=pattern, planned_seconds=300, actual_seconds=300,
                                 completed=True, cycles_completed=19, started_at=started)
    finished = pg.goals.get_goal(goal.id)
    assert pg.goals.get_step(linked.id).days_met == 2 and finished.done
    pg.goals.review_goal(goal.id, note="keep", let_go=True)
    pg.goals.delete_goal(goal.id)
    assert pg.goals.list_goals() == []
    assert pg.goals.restore_goal(goal.id).archived


def test_therapy_flags_sessions_and_report(pg):
    from app.journal.types import JournalDraft

    checkin = pg.mood.add_checkin(CheckinDraft(pleasantness=-2, energy=1, note="Tense"),
                                  at=dt.datetime(2026, 10, 27, 8, 0))
    entry = pg.regulation.add_entry(RegulationDraft(
        situation="Late reply", emotions=(("anxious", 7, 3),), strategy="check the facts",
        helpfulness=2), at=dt.datetime(2026, 10, 27, 20, 0))
    journal = pg.journal.add_entry(JournalDraft(text="A memory of the kitchen"))
    result = pg.assessments.take("who-5", [3, 3, 3, 3, 3])
    for kind, item_id in (("checkin", checkin.id), ("regulation", entry.id),
                          ("journal", journal.id), ("assessment", result.id)):
        pg.therapy.flag(kind, item_id, note="talk")
    assert pg.therapy.flag("checkin", checkin.id).id == pg.therapy.pending()[0].id
    flag = pg.therapy.pending()[1]
    pg.therapy.unflag(flag.id)
    pg.therapy.restore_flag(flag.id)
    assert pg.therapy.is_flagged("regulation", entry.id)
    pg.therapy.set_next_session_day(dt.date(2026, 10, 30))
    held = pg.therapy.record_session("Worry", "Breathe\nWrite")
    assert held.on_day == dt.date(2026, 10, 30) and len(held.items) == 4
    assert held.items[0].day == dt.date(2026, 10, 27)
    assert pg.therapy.next_session().items == ()
    data = gather(pg.db, ReportRequest(DAY, DAY, sections=("therapy",)))
    assert data.last_session is not None and data.last_session.homework_lines == [
        "Breathe", "Write"]


def test_export_import_round_trip_and_check(pg, data_dir, postgres_server, tmp_path):
    from tests.app.exchange_data import fill_everything

    fill_everything(pg)
    first = tmp_path / "first.json"
    pg.exchange.export(first)
    assert pg.exchange.check() == []
    with open_context(str(data_dir), postgres_server.new_database()) as other:
        summary = other.exchange.import_file(first)
        assert summary.added + summary.present == summary.read
        second = tmp_path / "second.json"
        other.exchange.export(second)
        # The id sequences moved past the imported ids: a new entry gets a fresh id.
        added = other.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))
        assert added.id > max(r["id"] for r in other.db.rows("SELECT id FROM mood_checkin "
                                                               f"WHERE id <> {added.id}"))
    strip = [line for line in first.read_text().splitlines() if "exported_at" not in line]
    assert strip == [line for line in second.read_text().splitlines()
                     if "exported_at" not in line]
