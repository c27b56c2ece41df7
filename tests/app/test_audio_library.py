"""Own audio: import by copy or link, nothing dropped silently, removal with undo, the log;
and the timer service's bell times and log."""

from __future__ import annotations

import dataclasses
import wave

import pytest

from app.errors import UserError
from app.events import AudioLibraryChanged
from app.meditation.audio_library import parse_tags
from app.meditation.timer import TimerPlan
from app.meditation.timer_service import (
    describe,
    parse_bell_times,
    plan_from_json,
    plan_to_json,
)


def _wav(path, seconds=1.5, rate=8000):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x01\x00" * int(seconds * rate))
    return path


def test_import_by_copy_keeps_a_private_copy_with_its_length(ctx, tmp_path):
    heard = []
    ctx.hub.subscribe(AudioLibraryChanged, heard.append)
    source = _wav(tmp_path / "evening_rain-walk.wav")
    track = ctx.audio_library.import_track(source, copy=True, tags="Sleep, rain ,sleep")
    assert track.copied and track.path.parent == ctx.location.data_dir / "audio"
    assert track.path.read_bytes() == source.read_bytes()
    assert (track.title, track.tags, track.problem) == ("Evening rain walk", ("sleep", "rain"), None)
    assert track.duration_seconds == pytest.approx(1.5)
    again = ctx.audio_library.import_track(source, copy=True, title="Rain, again")
    assert again.path.name == "evening_rain-walk (2).wav"  # never overwrites a copy
    assert [t.title for t in ctx.audio_library.list_tracks()] == ["Evening rain walk",
                                                                   "Rain, again"]
    assert [e.track_id for e in heard] == [track.id, again.id]


def test_a_linked_file_that_goes_missing_stays_listed_with_the_reason(ctx, tmp_path):
    source = _wav(tmp_path / "talk.wav")
    track = ctx.audio_library.import_track(source, copy=False)
    assert not track.copied and track.path == source.resolve()
    source.unlink()
    listed = ctx.audio_library.list_tracks()
    assert [t.id for t in listed] == [track.id]
    assert "no longer there" in listed[0].problem
    moved = _wav(tmp_path / "moved.wav")
    fixed = ctx.audio_library.relink(track.id, moved)
    assert fixed.problem is None and fixed.path == moved.resolve()


def test_unplayable_or_unreadable_files_are_refused_and_nothing_is_written(ctx, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(UserError, match="not an audio file Stillpoint can play"):
        ctx.audio_library.import_track(text, copy=True)
    with pytest.raises(UserError, match="no longer there"):
        ctx.audio_library.import_track(tmp_path / "gone.mp3", copy=False)
    empty = tmp_path / "empty.ogg"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        ctx.audio_library.import_track(empty, copy=True)
    with pytest.raises(UserError, match="title"):
        ctx.audio_library.import_track(_wav(tmp_path / "a.wav"), copy=True, title="  ")
    assert ctx.audio_library.list_tracks() == []
    folder = ctx.location.data_dir / "audio"
    assert not folder.exists() or not any(folder.iterdir())


def test_remove_is_undoable_and_only_then_the_copy_goes(ctx, tmp_path):
    track = ctx.audio_library.import_track(_wav(tmp_path / "bowl.wav"), copy=True,
                                           tags="morning")
    removed = ctx.audio_library.remove_track(track.id)
    assert ctx.audio_library.list_tracks() == [] and not track.path.exists()
    restored = ctx.audio_library.restore_track(removed)
    assert (restored.id, restored.path, restored.tags) == (track.id, track.path, ("morning",))
    assert restored.path.exists() and restored.problem is None
    ctx.audio_library.remove_track(track.id)
    assert ctx.audio_library.empty_removed() == 1
    with pytest.raises(UserError, match="no track"):
        ctx.audio_library.get(track.id)


def test_undo_after_a_same_named_import_gives_each_track_its_own_recording(ctx, tmp_path):
    # The reviewer's case: A removed, another 'session.wav' imported, then Undo.
    lib = ctx.audio_library
    (tmp_path / "teacher").mkdir()
    (tmp_path / "music").mkdir()
    first = _wav(tmp_path / "teacher" / "session.wav", seconds=1.0)
    second = _wav(tmp_path / "music" / "session.wav", seconds=2.0)
    a = lib.import_track(first, copy=True, title="Teacher")
    removed = lib.remove_track(a.id)
    c = lib.import_track(second, copy=True, title="Music")
    restored = lib.restore_track(removed)
    assert restored.path.read_bytes() == first.read_bytes()
    assert lib.get(c.id).path.read_bytes() == second.read_bytes()
    assert restored.path != lib.get(c.id).path
    assert lib.empty_removed() == 0  # nothing of A's is left to be deleted


def test_undo_restores_to_a_fresh_name_when_the_old_one_is_taken(ctx, tmp_path):
    lib = ctx.audio_library
    a = lib.import_track(_wav(tmp_path / "bowl.wav"), copy=True)
    original = a.path.read_bytes()
    removed = lib.remove_track(a.id)
    a.path.write_bytes(b"someone else's file")  # the name got taken meanwhile
    restored = lib.restore_track(removed)
    assert restored.path != a.path and restored.path.read_bytes() == original
    assert a.path.read_bytes() == b"someone else's file"
    assert lib.get(a.id).path == restored.path


def test_a_refused_undo_leaves_the_removed_copy_where_it_was(ctx, tmp_path):
    lib = ctx.audio_library
    a = lib.import_track(_wav(tmp_path / "rain.wav"), copy=True, title="Rain")
    removed = lib.remove_track(a.id)
    lib.restore_track(dataclasses.replace(removed, copied=False))  # the row is back already
    with pytest.raises(UserError, match="already in your library"):
        lib.restore_track(removed)
    assert not a.path.exists()  # the copy was not moved back for a row that is not ours
    assert len(list((lib.folder / "removed").iterdir())) == 1


def test_linked_file_is_never_deleted_by_remove(ctx, tmp_path):
    source = _wav(tmp_path / "mine.wav")
    track = ctx.audio_library.import_track(source, copy=False)
    ctx.audio_library.remove_track(track.id)
    ctx.audio_library.empty_removed()
    assert source.exists()


def test_details_length_and_log(ctx, tmp_path):
    track = ctx.audio_library.import_track(_wav(tmp_path / "x.wav"), copy=False)
    track = ctx.audio_library.update_track(track.id, title="Body scan with Ana",
                                           tags="body, evening")
    assert track.tags == ("body", "evening")
    track = ctx.audio_library.set_duration(track.id, 600)
    record = ctx.audio_library.log_play(track, listened_seconds=240, completed=False,
                                        calm_after=7)
    assert (record.kind, record.ref, record.title) == ("audio", str(track.id),
                                                       "Body scan with Ana")
    assert (record.planned_seconds, record.actual_seconds, record.completed) == (600, 240, False)
    assert record.calm_after == 7 and record.details == {"tags": ["body", "evening"]}
    with pytest.raises(UserError):
        parse_tags([f"t{i}" for i in range(21)])


def test_bell_times_as_typed():
    assert parse_bell_times("5, 12:30 1:05:00;2.5") == (150.0, 300.0, 750.0, 3900.0)
    assert parse_bell_times("  ") == ()
    for bad in ("5:7", "five", "1:2:3:4", "3:75"):
        with pytest.raises(UserError, match="is not a time"):
            parse_bell_times(bad)


def test_a_sitting_is_logged_without_its_warm_up(ctx):
    plan = TimerPlan(minutes=20, warmup_seconds=15, interval_minutes=5)
    assert plan_from_json(plan_to_json(plan)) == plan
    assert plan_from_json({"minutes": -1}) is None and plan_from_json(None) is None
    assert describe(plan) == "20 minutes, a bell every 5 min"
    record = ctx.timer.log_sitting(plan, sat_seconds=1250, completed=True, calm_before=3,
                                   ambient="rain")
    assert (record.kind, record.ref, record.completed) == ("timer", "timer", True)
    assert (record.planned_seconds, record.actual_seconds) == (1200, 1200)  # capped at the plan
    assert record.details["plan"]["interval_minutes"] == 5 and record.details["ambient"] == "rain"
