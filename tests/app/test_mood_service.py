"""Mood check-ins with emotion words, tags and sleep; edit, soft delete and restore; filters."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.errors import UserError
from app.events import MoodChanged, TagsChanged
from app.mood.service import CheckinDraft, CheckinFilter

BERLIN_WINTER = dt.timezone(dt.timedelta(hours=1))
BERLIN_SUMMER = dt.timezone(dt.timedelta(hours=2))


def rows(ctx, sql):
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute(sql).fetchall()


def test_checkin_keeps_words_tags_and_sleep(ctx):
    entry = ctx.mood.add_checkin(CheckinDraft(
        pleasantness=3, energy=-2, note="slow tea", sleep_hours=7.5,
        emotions={"Calm": 6, "grateful": 8}, tags=("home", "partner"),
    ))
    again = ctx.mood.get(entry.id)
    assert again == entry
    assert [(e.word, e.intensity) for e in again.emotions] == [("grateful", 8), ("calm", 6)]
    assert {(t.category, t.name) for t in again.tags} == {("place", "home"), ("person", "partner")}
    assert again.sleep_hours == 7.5
    doc = again.to_json()
    # The old fields keep their names; the new ones are added.
    assert {"id", "at", "day", "pleasantness", "energy", "note"} <= doc.keys()
    assert doc["emotions"] == [{"word": "grateful", "intensity": 8},
                               {"word": "calm", "intensity": 6}]
    assert doc["sleep_hours"] == 7.5


def test_a_plain_checkin_still_works_and_has_empty_details(ctx):
    entry = ctx.mood.add_checkin(pleasantness=0, energy=0)
    assert entry.emotions == () and entry.tags == () and entry.sleep_hours is None


@pytest.mark.parametrize("kwargs, fragment", [
    ({"emotions": {"clam": 3}}, "'calm'"),
    ({"emotions": {"calm": 11}}, "not 11"),
    ({"emotions": [("calm", 3), ("CALM", 4)]}, "twice"),
    ({"tags": ["hom"]}, "'home'"),
    ({"tags": ["nowhere:home"]}, "not a tag list"),
    ({"sleep_hours": 25}, "0 to 24"),
    ({"sleep_hours": -1}, "0 to 24"),
])
def test_bad_details_are_refused_and_nothing_is_written(ctx, kwargs, fragment):
    with pytest.raises(UserError) as err:
        ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1, **kwargs))
    assert fragment in str(err.value)
    assert rows(ctx, "SELECT COUNT(*) FROM mood_checkin") == [(0,)]
    assert rows(ctx, "SELECT COUNT(*) FROM checkin_emotion") == [(0,)]


def test_a_new_tag_named_with_its_list_is_added_with_the_checkin(ctx):
    seen = []
    ctx.hub.subscribe(TagsChanged, seen.append)
    entry = ctx.mood.add_checkin(pleasantness=2, energy=2, tags=["activity:Gardening"])
    assert [(t.category, t.name) for t in entry.tags] == [("activity", "Gardening")]
    assert any(t.name == "Gardening" for t in ctx.mood.list_tags())
    assert seen


def test_tags_can_be_added_hidden_and_shown_again(ctx):
    tag = ctx.mood.add_tag(name="  choir  practice ", category="activity")
    assert tag.name == "choir practice"
    assert ctx.mood.add_tag(name="Choir Practice", category="activity").id == tag.id
    ctx.mood.set_tag_hidden(tag.id, hidden=True)
    assert tag.id not in [t.id for t in ctx.mood.list_tags()]
    assert tag.id in [t.id for t in ctx.mood.list_tags(include_hidden=True)]
    # A hidden tag stays on old check-ins and can still be named.
    entry = ctx.mood.add_checkin(pleasantness=1, energy=1, tags=["choir practice"])
    assert entry.tags[0].hidden
    assert ctx.mood.add_tag(name="choir practice", category="activity").hidden is False
    with pytest.raises(UserError):
        ctx.mood.add_tag(name="x", category="mood")


def test_update_replaces_words_and_tags_but_keeps_the_time(ctx):
    first = ctx.mood.add_checkin(CheckinDraft(pleasantness=-2, energy=3,
                                              emotions={"anxious": 7}, tags=("working",)))
    changed = ctx.mood.update_checkin(first.id, CheckinDraft(
        pleasantness=1, energy=1, note="better", emotions=(("relieved", 5),), tags=("home",),
        sleep_hours=6))
    assert changed.at_utc == first.at_utc
    assert [(e.word, e.intensity) for e in changed.emotions] == [("relieved", 5)]
    assert [t.name for t in changed.tags] == ["home"]
    assert (changed.pleasantness, changed.energy, changed.note, changed.sleep_hours) == (
        1, 1, "better", 6.0)
    assert rows(ctx, "SELECT COUNT(*) FROM checkin_emotion") == [(1,)]


def test_delete_sets_aside_and_restore_brings_everything_back(ctx):
    events = []
    ctx.hub.subscribe(MoodChanged, events.append)
    entry = ctx.mood.add_checkin(pleasantness=-3, energy=-2, note="rough morning",
                                 emotions={"sad": 6}, tags=["home"], sleep_hours=5)
    ctx.mood.delete_checkin(entry.id)
    assert ctx.mood.list_for_day(entry.local_day) == []
    assert ctx.mood.list_checkins() == []
    with pytest.raises(UserError):
        ctx.mood.get(entry.id)
    # The row and its details are still stored.
    assert rows(ctx, "SELECT COUNT(*) FROM checkin_emotion") == [(1,)]
    restored = ctx.mood.restore_checkin(entry.id)
    assert restored == entry
    assert ctx.mood.list_checkins() == [entry]
    assert len(events) == 3
    with pytest.raises(UserError):
        ctx.mood.update_checkin(999, CheckinDraft(pleasantness=0, energy=0))


def test_search_by_text_word_tag_and_dates(ctx):
    a = ctx.mood.add_checkin(pleasantness=2, energy=2, note="Walk with Mia",
                             at=dt.datetime(2026, 5, 1, 9, 0), emotions={"joyful": 7},
                             tags=["outdoors"])
    b = ctx.mood.add_checkin(pleasantness=-2, energy=3, note="deadline 100%",
                             at=dt.datetime(2026, 5, 3, 17, 0), emotions={"stressed": 8},
                             tags=["working"])
    c = ctx.mood.add_checkin(pleasantness=3, energy=-3, at=dt.datetime(2026, 5, 5, 21, 0),
                             emotions={"calm": 5}, tags=["home"])
    search = ctx.mood.search
    assert search(CheckinFilter(text="mia")) == [a]
    assert search(CheckinFilter(text="100%")) == [b]
    assert search(CheckinFilter(text="%")) == [b]  # a literal percent, not a wildcard
    assert search(CheckinFilter(text="stress")) == [b]  # matches the emotion word
    assert search(CheckinFilter(text="hom")) == [c]  # and the tag name
    assert search(CheckinFilter(word="calm")) == [c]
    work = ctx.mood.find_tag("working")
    assert search(CheckinFilter(tag_id=work.id)) == [b]
    assert search(CheckinFilter(since=dt.date(2026, 5, 2), until=dt.date(2026, 5, 4))) == [b]
    assert search() == [c, b, a]  # newest first
    assert search(limit=2) == [c, b]
    assert ctx.mood.words_used()[:3] == sorted(["calm", "joyful", "stressed"])
    ctx.mood.delete_checkin(c.id)
    assert search(CheckinFilter(word="calm")) == []


def test_local_day_is_the_day_where_the_entry_was_made_across_dst(ctx):
    add = ctx.mood.add_checkin
    # Berlin: clocks go forward on 2026-03-29 and back on 2026-10-25.
    before = add(pleasantness=1, energy=1, at=dt.datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN_WINTER))
    early = add(pleasantness=1, energy=1, at=dt.datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN_WINTER))
    late = add(pleasantness=1, energy=1, at=dt.datetime(2026, 3, 29, 23, 45, tzinfo=BERLIN_SUMMER))
    autumn = add(pleasantness=1, energy=1, at=dt.datetime(2026, 10, 25, 0, 15, tzinfo=BERLIN_SUMMER))
    # Local 00:30 on the 29th is still the 28th in UTC; the entry belongs to the 29th.
    assert early.at_utc.date() == dt.date(2026, 3, 28)
    assert [c.id for c in ctx.mood.list_for_day(dt.date(2026, 3, 29))] == [early.id, late.id]
    assert [c.id for c in ctx.mood.list_for_day(dt.date(2026, 3, 28))] == [before.id]
    day = dt.date(2026, 10, 25)
    assert [c.id for c in ctx.mood.search(CheckinFilter(since=day, until=day))] == [autumn.id]
    assert autumn.local_time.hour == 0 and autumn.to_json()["at"].endswith("+02:00")


def test_sleep_hours_column_refuses_nonsense_at_the_database_too(ctx):
    entry = ctx.mood.add_checkin(pleasantness=0, energy=0)
    with sqlite3.connect(ctx.db.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE mood_checkin SET sleep_hours = 30 WHERE id = ?", (entry.id,))


def test_deleting_a_checkin_row_cascades_to_its_words_and_tags(ctx):
    entry = ctx.mood.add_checkin(pleasantness=0, energy=0, emotions={"calm": 3}, tags=["home"])
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM mood_checkin WHERE id = ?", (entry.id,))
    assert rows(ctx, "SELECT COUNT(*) FROM checkin_emotion") == [(0,)]
    assert rows(ctx, "SELECT COUNT(*) FROM checkin_tag") == [(0,)]


def test_the_keyword_form_stands_for_a_draft(ctx):
    at = dt.datetime(2026, 5, 1, 9, 0)
    a = ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=2, note="x",
                                          emotions={"calm": 3}), at=at)
    b = ctx.mood.add_checkin(pleasantness=1, energy=2, note="x", emotions={"calm": 3}, at=at)
    assert a.to_json() | {"id": 0} == b.to_json() | {"id": 0}
    with pytest.raises(TypeError):
        ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1), note="both")



def test_a_long_history_loads_details_by_condition_and_by_id_alike(ctx, monkeypatch):
    for i in range(3):
        ctx.mood.add_checkin(CheckinDraft(pleasantness=i, energy=0, emotions={"calm": i + 1},
                                          tags=("home",)), at=dt.datetime(2026, 5, 1 + i, 9, 0))
    by_ids = ctx.mood.search()
    from app.mood import queries
    from app.storage import database

    monkeypatch.setattr(queries, "ID_CHUNK", 1)  # more rows than that: details by condition
    assert ctx.mood.search() == by_ids
    monkeypatch.setattr(database, "ID_CHUNK", 2)  # ids in chunks of two
    assert ctx.mood.search(limit=3) == by_ids
