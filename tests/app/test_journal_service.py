"""The journal service: add, edit, delete, restore, search and filter; what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError
from app.events import JournalChanged
from app.journal.types import JournalDraft, JournalFilter
from app.limits import JOURNAL_TAG_MAX, JOURNAL_TAGS_MAX, JOURNAL_TEXT_MAX

SAFE = "attachment-history/what-felt-safe"


def count(ctx, table):
    return ctx.db.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]


def test_add_from_a_prompt_keeps_text_as_typed_and_tags_tidy(ctx):
    seen = []
    ctx.hub.subscribe(JournalChanged, seen.append)
    text = "  My **grandmother's** kitchen.\n\n- bread\n- her hands  \n"
    entry = ctx.journal.add_entry(JournalDraft(text=text, prompt_id=SAFE,
                                               tags=["  Family ", "#safe", "family", ""]))
    assert entry.text == text
    assert entry.prompt_id == SAFE and entry.prompt_text.startswith("Recall a moment")
    assert entry.tags == ("family", "safe")
    assert entry.set_id == "attachment-history" and entry.first_line == "My **grandmother's** kitchen."
    assert seen == [JournalChanged(day=entry.local_day)]
    assert ctx.journal.get(entry.id) == entry


def test_edit_replaces_text_tags_and_link_and_keeps_the_prompt_as_written(ctx):
    checkin = ctx.mood.add_checkin(pleasantness=1, energy=0)
    entry = ctx.journal.add_entry(JournalDraft(text="first", prompt_id=SAFE, tags=["a"]))
    ctx.db.engine.dispose()
    with ctx.db.transaction() as session:  # as if the prompt file had been reworded since
        from app.storage.models import JournalEntry

        session.get(JournalEntry, entry.id).prompt_text = "An older wording"
    edited = ctx.journal.update_entry(entry.id, JournalDraft(
        text="second", prompt_id=SAFE, tags=["b"], checkin_id=checkin.id))
    assert (edited.text, edited.tags, edited.checkin_id) == ("second", ("b",), checkin.id)
    assert edited.prompt_text == "An older wording" and edited.at_utc == entry.at_utc
    assert edited.updated_at_utc is not None
    assert count(ctx, "journal_tag") == 1
    free = ctx.journal.update_entry(entry.id, JournalDraft(text="free now"))
    assert (free.prompt_id, free.prompt_text, free.tags, free.checkin_id) == (None, None, (), None)


def test_delete_and_restore(ctx):
    entry = ctx.journal.add_entry(JournalDraft(text="to set aside", tags=["x"]))
    gone = ctx.journal.delete_entry(entry.id)
    assert gone.id == entry.id and ctx.journal.search() == []
    assert ctx.journal.tags_used() == []
    with pytest.raises(UserError, match="no journal entry"):
        ctx.journal.get(entry.id)
    with pytest.raises(UserError, match="no journal entry"):
        ctx.journal.delete_entry(entry.id)
    back = ctx.journal.restore_entry(entry.id)
    assert back == entry and [e.id for e in ctx.journal.search()] == [entry.id]


def test_search_and_filters_combine(ctx):
    monday = dt.datetime(2026, 11, 23, 9, 0)
    a = ctx.journal.add_entry(JournalDraft(text="Walk by the river with Sam", tags=["walk"],
                                           prompt_id="gratitude/someone-who-helped"), at=monday)
    b = ctx.journal.add_entry(JournalDraft(text="Said no to the extra shift", tags=["work"],
                                           prompt_id="boundaries/yes-and-no"),
                              at=monday + dt.timedelta(days=2))
    c = ctx.journal.add_entry(JournalDraft(text="100% tired_out", tags=["work", "walk"]),
                              at=monday + dt.timedelta(days=4))

    def ids(**kw):
        return [e.id for e in ctx.journal.search(JournalFilter(**kw))]

    assert ids() == [c.id, b.id, a.id]  # newest first
    assert ids(text="RIVER sam") == [a.id]
    assert ids(text="river shift") == []  # every word must be there
    assert ids(text="easier") == [a.id]  # the prompt counts
    assert ids(text="work") == [c.id, b.id]  # and the tags
    assert ids(text="%") == [c.id] and ids(text="_") == [c.id]  # LIKE marks are plain text
    assert ids(set_id="boundaries") == [b.id]
    assert ids(tag="Walk") == [c.id, a.id]
    assert ids(since=dt.date(2026, 11, 25)) == [c.id, b.id]
    assert ids(since=dt.date(2026, 11, 24), until=dt.date(2026, 11, 26), tag="work") == [b.id]
    assert ctx.journal.tags_used() == ["walk", "work"]
    assert [e.id for e in ctx.journal.search(newest_first=False, limit=2)] == [a.id, b.id]


@pytest.mark.parametrize("draft, message", [
    (JournalDraft(text=""), "cannot be empty"),
    (JournalDraft(text=" \n\t "), "cannot be empty"),
    (JournalDraft(text="x" * (JOURNAL_TEXT_MAX + 1)), "keep it under"),
    (JournalDraft(text="ok", prompt_id="gratitude/smal-good-thing"),
     "did you mean 'gratitude/small-good-thing'"),
    (JournalDraft(text="ok", tags=["t" * (JOURNAL_TAG_MAX + 1)]), "too long"),
    (JournalDraft(text="ok", tags=[f"t{i}" for i in range(JOURNAL_TAGS_MAX + 1)]), "up to"),
    (JournalDraft(text="ok", checkin_id=999), "no check-in 999"),
])
def test_bad_drafts_are_refused_and_write_nothing(ctx, draft, message):
    with pytest.raises(UserError, match=message):
        ctx.journal.add_entry(draft)
    assert count(ctx, "journal_entry") == 0 and count(ctx, "journal_tag") == 0


def test_a_deleted_checkin_cannot_be_linked_and_a_link_survives_as_null(ctx):
    checkin = ctx.mood.add_checkin(pleasantness=0, energy=0)
    assert [i for i, _ in ctx.journal.recent_checkins()] == [checkin.id]
    ctx.mood.delete_checkin(checkin.id)
    assert ctx.journal.recent_checkins() == []
    with pytest.raises(UserError, match="no check-in"):
        ctx.journal.add_entry(JournalDraft(text="x", checkin_id=checkin.id))


def test_to_json_fields(ctx):
    entry = ctx.journal.add_entry(JournalDraft(text="hi", tags=["t"]),
                                  at=dt.datetime(2026, 11, 27, 8, 30))
    assert entry.to_json() == {
        "id": entry.id, "at": "2026-11-27T08:30:00+01:00", "day": "2026-11-27",
        "prompt_id": None, "prompt": None, "text": "hi", "tags": ["t"], "checkin_id": None,
        "edited": None}
