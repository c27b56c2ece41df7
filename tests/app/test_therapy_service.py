"""Bring to my next session: flags on four kinds of items, the next date, held sessions."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError
from app.events import TherapyChanged
from app.journal.types import JournalDraft
from app.mood.service import CheckinDraft
from app.regulation.types import RegulationDraft


def add_items(ctx) -> dict[str, int]:
    """One live item of each kind; their ids by kind."""
    checkin = ctx.mood.add_checkin(CheckinDraft(pleasantness=-3, energy=4, note="Tight chest"),
                                   at=dt.datetime(2026, 3, 2, 9, 0))
    entry = ctx.journal.add_entry(JournalDraft(text="\n**When she left** the room I froze.\nMore"),
                                  at=dt.datetime(2026, 3, 3, 21, 0))
    regulation = ctx.regulation.add_entry(RegulationDraft(
        situation="An argument about money", emotions=(("angry", 8, 3),),
        strategy="check the facts", helpfulness=3), at=dt.datetime(2026, 3, 4, 18, 0))
    result = ctx.assessments.take("who-5", [3, 3, 2, 4, 3], at=dt.datetime(2026, 3, 5, 8, 0))
    return {"checkin": checkin.id, "journal": entry.id, "regulation": regulation.id,
            "assessment": result.id}


def test_summaries_for_each_kind(ctx):
    ids = add_items(ctx)
    for kind, item_id in ids.items():
        ctx.therapy.flag(kind, item_id, note="ask about this" if kind == "journal" else None)
    found = {f.kind: f for f in ctx.therapy.pending()}
    assert [f.kind for f in ctx.therapy.pending()] == ["checkin", "journal", "regulation",
                                                        "assessment"]
    assert found["checkin"].summary == "Somewhat unpleasant, energy lively: Tight chest"
    assert found["checkin"].day == dt.date(2026, 3, 2)
    assert found["journal"].summary == "When she left the room I froze."
    assert found["journal"].note == "ask about this"
    assert found["regulation"].summary == "An argument about money (Check the facts)"
    assert found["assessment"].summary.startswith("WHO-5")
    assert found["assessment"].day == dt.date(2026, 3, 5)
    assert found["checkin"].to_json()["day"] == "2026-03-02"


def test_flag_twice_returns_the_same_flag(ctx):
    ids = add_items(ctx)
    events = []
    ctx.hub.subscribe(TherapyChanged, events.append)
    first = ctx.therapy.flag("checkin", ids["checkin"])
    again = ctx.therapy.flag("checkin", ids["checkin"], note="  the morning panic ")
    assert again.id == first.id and again.note == "the morning panic"
    assert len(ctx.therapy.pending()) == 1
    assert ctx.therapy.is_flagged("checkin", ids["checkin"])
    assert not ctx.therapy.is_flagged("journal", ids["journal"])
    assert events[0] == TherapyChanged("checkin", ids["checkin"])


def test_unflag_and_restore(ctx):
    ids = add_items(ctx)
    flag = ctx.therapy.flag("regulation", ids["regulation"])
    ctx.therapy.unflag(flag.id)
    assert ctx.therapy.pending() == [] and not ctx.therapy.is_flagged("regulation",
                                                                       ids["regulation"])
    with pytest.raises(UserError, match="no flag"):
        ctx.therapy.unflag(flag.id)
    ctx.therapy.restore_flag(flag.id)
    assert [f.id for f in ctx.therapy.pending()] == [flag.id]


def test_bad_kind_missing_and_deleted_items_are_refused(ctx):
    ids = add_items(ctx)
    with pytest.raises(UserError, match="not 'mood'"):
        ctx.therapy.flag("mood", ids["checkin"])
    with pytest.raises(UserError, match="there is no journal entry 999"):
        ctx.therapy.flag("journal", 999)
    ctx.mood.delete_checkin(ids["checkin"])
    with pytest.raises(UserError, match="there is no check-in"):
        ctx.therapy.flag("checkin", ids["checkin"])
    with pytest.raises(UserError, match="keep it under"):
        ctx.therapy.flag("journal", ids["journal"], note="x" * 3000)
    assert ctx.therapy.pending() == []


def test_a_flag_on_a_deleted_item_waits_hidden_until_it_is_restored(ctx):
    ids = add_items(ctx)
    ctx.therapy.flag("checkin", ids["checkin"])
    ctx.mood.delete_checkin(ids["checkin"])
    assert ctx.therapy.pending() == []
    ctx.mood.restore_checkin(ids["checkin"])
    assert len(ctx.therapy.pending()) == 1


def test_next_session_day(ctx):
    assert ctx.therapy.next_session().on_day is None
    ctx.therapy.set_next_session_day(dt.date(2026, 3, 10))
    ctx.therapy.set_next_session_day(dt.date(2026, 3, 12))
    assert ctx.therapy.next_session().on_day == dt.date(2026, 3, 12)
    assert ctx.therapy.set_next_session_day(None).on_day is None


def test_record_session_moves_pending_flags(ctx):
    ids = add_items(ctx)
    ctx.therapy.set_next_session_day(dt.date(2026, 3, 10))
    ctx.therapy.flag("checkin", ids["checkin"])
    ctx.therapy.flag("assessment", ids["assessment"])
    held = ctx.therapy.record_session(" Trust, and the argument ",
                                      "- Notice the first sign of panic\n\nWrite to my sister\n")
    assert held.on_day == dt.date(2026, 3, 10) and held.held_at_utc is not None
    assert held.worked_on == "Trust, and the argument"
    assert held.homework_lines == ["Notice the first sign of panic", "Write to my sister"]
    assert [f.kind for f in held.items] == ["checkin", "assessment"]
    following = ctx.therapy.next_session()
    assert following.items == () and following.on_day is None
    assert not ctx.therapy.is_flagged("checkin", ids["checkin"])
    # Flagging it again brings it to the next session too.
    ctx.therapy.flag("checkin", ids["checkin"])
    second = ctx.therapy.record_session("Sleep")
    assert second.on_day == dt.date.today() and second.homework is None
    assert [s.id for s in ctx.therapy.past_sessions()] == [second.id, held.id]
    assert ctx.therapy.latest_session().id == second.id


def test_record_session_needs_words(ctx):
    with pytest.raises(UserError, match="what you worked on"):
        ctx.therapy.record_session("   ", "homework")
    assert ctx.therapy.past_sessions() == []
