"""Daylio import: every real export variant reads the right rows, re-import adds nothing,
unmapped moods and unreadable files write nothing."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from app.errors import UserError
from app.exchange.daylio import parse_daylio, read_daylio_file
from app.exchange.daylio_import import import_daylio, parse_mood_option

DATA = Path(__file__).parent.parent / "data" / "daylio"


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    """A zone with summer time, so DST days are tested; restored afterwards."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def rows(ctx):
    return [(c.local_time, c.utc_offset_min, c.pleasantness, c.energy,
             sorted(t.name for t in c.tags), c.note)
            for c in ctx.mood.list_checkins()]


def test_header_with_note_title_and_bom_on_a_dst_day(ctx):
    summary = import_daylio(ctx.mood, read_daylio_file(DATA / "with_title_bom.csv"), {})
    assert (summary.rows_read, summary.added, summary.already_present) == (4, 4, 0)
    assert rows(ctx) == [
        (dt.datetime(2024, 3, 30, 7, 30), 60, -5, 0, [], "Bad night\n\nWoke at 3 and could "
                                                       "not sleep again."),
        (dt.datetime(2024, 3, 30, 22, 40), 60, 3, 0, ["friends", "movies"],
         "Saw a film, laughed a lot."),
        # Summer time began at 02:00 that morning.
        (dt.datetime(2024, 3, 31, 8, 5), 120, 0, 0, ["work"], None),
        (dt.datetime(2024, 3, 31, 21, 15), 120, 5, 0, ["cooking", "family", "walk"],
         "Easter walk\n\nLong walk by the river.\nCooked with Anna & Tom."),
    ]
    tags = {t.name: t.category for t in ctx.mood.list_tags(include_hidden=True)}
    assert tags["walk"] == "activity"


def test_header_without_title_twelve_hour_times_crlf_and_spaces(ctx):
    import_daylio(ctx.mood, read_daylio_file(DATA / "no_title_12h.csv"), {})
    assert rows(ctx) == [
        (dt.datetime(2023, 11, 4, 0, 10), 60, -3, 0, [], "Stayed up too late, again"),
        (dt.datetime(2023, 11, 4, 12, 30), 60, 5, 0, ["friends", "sport"], "Football!"),
        (dt.datetime(2023, 11, 5, 9, 5), 60, 0, 0, ["coffee", "work"], "Tired but fine"),
        (dt.datetime(2023, 11, 5, 18, 50), 60, 3, 0, ["gaming", "reading"], None),
    ]


def test_old_header_with_year_and_localised_dates(ctx):
    import_daylio(ctx.mood, read_daylio_file(DATA / "old_year.csv"), {})
    got = rows(ctx)
    assert [r[0] for r in got] == [dt.datetime(2019, 6, 18, 21), dt.datetime(2019, 6, 19, 7, 45),
                                   dt.datetime(2019, 6, 19, 22, 20),
                                   dt.datetime(2019, 12, 1, 11, 59)]
    assert [r[2] for r in got] == [-5, 3, 5, 0]
    assert got[2][4:] == (["friends", "party"], "Birthday party, so many people")
    german = read_daylio_file(DATA / "old_german.csv")
    assert german.entries[0].local == dt.datetime(2020, 6, 19, 18, 30)


def test_custom_moods_need_a_value_and_keep_colons_in_activities(ctx):
    parsed = read_daylio_file(DATA / "custom_moods.csv")
    assert parsed.mood_counts() == {"Bad [-]": 2, "ok but sleepy": 1, "rad": 1}
    with pytest.raises(UserError) as caught:
        import_daylio(ctx.mood, parsed, {})
    assert "'Bad [-]' (2)" in caught.value.message and "'ok but sleepy' (1)" in caught.value.message
    assert "--mood" in (caught.value.hint or "")
    assert ctx.mood.list_checkins() == []
    assert "reading" not in {t.name for t in ctx.mood.list_tags(include_hidden=True)}
    summary = import_daylio(ctx.mood, parsed, {"bad [-]": -2, "OK but sleepy": 1},
                            tag_kind="place")
    assert summary.added == 4
    got = rows(ctx)
    assert [r[2] for r in got] == [5, -2, -2, 1]
    assert got[2][4] == ["meeting: weekly", "work"]
    kinds = {t.name: t.category for t in ctx.mood.list_tags(include_hidden=True)}
    assert kinds["meeting: weekly"] == "place"


def test_reimport_adds_nothing(ctx):
    parsed = read_daylio_file(DATA / "with_title_bom.csv")
    import_daylio(ctx.mood, parsed, {})
    again = import_daylio(ctx.mood, parsed, {})
    assert (again.added, again.already_present) == (0, 4)
    assert len(ctx.mood.list_checkins()) == 4


def test_rows_it_cannot_read_are_skipped_with_reasons(ctx):
    text = ("full_date,date,weekday,time,mood,activities,note\n"
            "2024-02-30,x,x,10:00,good,,\n"
            "2024-02-01,x,x,25:00,good,,\n"
            "2024-02-02,x,x,13:00 pm,good,,\n"
            "2024-02-03,x,x,10:00,,,\n"
            "2024-02-04,x,x,10:00,good,,fine\n")
    summary = import_daylio(ctx.mood, parse_daylio(text), {})
    assert (summary.rows_read, summary.added) == (5, 1)
    assert [line for line, _ in summary.skipped] == [2, 3, 4, 5]
    assert "no mood" in summary.skipped[3][1]
    assert summary.to_json()["skipped"][0]["line"] == 2


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"date,mood\n2024-01-01,good\n", "not a Daylio export"),
    (b"full_date,date,weekday,time,mood,activities,note\n", "no entries"),
    (b"\xff\xfe\x00f\x00u", "not UTF-8"),
    (b"full_date,time,mood\n2024-01-01,10:00,go\x00od\n", "binary"),
])
def test_a_file_it_cannot_read_is_refused_and_nothing_written(ctx, tmp_path, content, reason):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=reason):
        read_daylio_file(path)


def test_folders_pipes_and_huge_files_are_refused(tmp_path):
    with pytest.raises(UserError, match="not a regular file"):
        read_daylio_file(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        read_daylio_file(fifo)
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(UserError, match="larger than 50 MB"):
        read_daylio_file(big)


def test_notes_too_long_for_the_log_are_skipped_not_cut(ctx):
    text = "full_date,time,mood,note\n2024-01-01,10:00,good," + "x" * 2001 + "\n"
    summary = import_daylio(ctx.mood, parse_daylio(text), {})
    assert summary.added == 0 and "2000" in summary.skipped[0][1]


@pytest.mark.parametrize("text", ["ok=9", "ok", "=1", "ok=x"])
def test_mood_option_is_checked(text):
    with pytest.raises(ValueError):
        parse_mood_option(text)
    assert parse_mood_option("a = b=-2") == ("a = b", -2)


def test_unknown_tag_kind_is_refused(ctx):
    with pytest.raises(UserError, match="doing"):
        import_daylio(ctx.mood, read_daylio_file(DATA / "old_year.csv"), {}, tag_kind="doing")
    assert ctx.mood.list_checkins() == []


def test_add_checkins_writes_all_or_nothing(ctx):
    from app.mood.types import CheckinDraft

    good = (dt.datetime(2024, 5, 1, 9), CheckinDraft(pleasantness=1, energy=0,
                                                     tags=[("activity", "new one")]))
    bad = (dt.datetime(2024, 5, 1, 10), CheckinDraft(pleasantness=9, energy=0))
    with pytest.raises(UserError):
        ctx.mood.add_checkins([good, bad])
    assert ctx.mood.list_checkins() == []
    assert "new one" not in {t.name for t in ctx.mood.list_tags(include_hidden=True)}
    ids = ctx.mood.add_checkins([good, good])
    assert len(ids) == 2 and len(ctx.mood.list_tags(include_hidden=True)) >= 1


def test_times_in_the_dst_gap_and_fold_import_once(ctx):
    text = ("full_date,time,mood\n"
            "2024-03-31,02:30,good\n"  # does not exist in Berlin: clocks jumped 02:00 -> 03:00
            "2024-10-27,02:30,good\n")  # happens twice: clocks went back 03:00 -> 02:00
    first = import_daylio(ctx.mood, parse_daylio(text), {})
    again = import_daylio(ctx.mood, parse_daylio(text), {})
    assert (first.added, again.added, again.already_present) == (2, 0, 2)
    assert [c.local_day for c in ctx.mood.list_checkins()] == [dt.date(2024, 3, 31),
                                                               dt.date(2024, 10, 27)]


def test_import_on_postgresql(data_dir, postgres_url):
    from app.context import open_context

    pg = open_context(str(data_dir), postgres_url)
    try:
        parsed = read_daylio_file(DATA / "with_title_bom.csv")
        assert import_daylio(pg.mood, parsed, {}).added == 4
        assert import_daylio(pg.mood, parsed, {}).already_present == 4
        assert len(pg.mood.list_checkins()) == 4
    finally:
        pg.close()
