"""`mood list` and `regulate list`: streamed output (the same document as before, read in
chunks), --limit and --until, empty dates refused, control characters shown as escapes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.context import open_context
from app.mood import queries as mood_queries
from app.mood.types import CheckinFilter
from app.regulation import queries as regulation_queries

REGULATE = ["--emotion", "angry:8:3", "--strategy", "opposite action", "--helpful", "3"]


def bulk_checkins(data_dir, count, *, same_time=False):
    """count check-ins with words, tags and awkward notes, inserted directly (fast)."""
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        for i in range(1, count + 1):
            minute = 0 if same_time else i
            cur = conn.execute(
                "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness, "
                "energy, note, sleep_hours) VALUES (?, 60, ?, 1, -1, ?, ?)",
                (f"2026-01-{1 + i % 28:02d} 08:{minute % 60:02d}:00.000000",
                 f"2026-01-{1 + i % 28:02d}",
                 f'n{i} "quoted" \\ caf\u00e9 \u2603 \x1b[31m\r\n\t\x7f' if i % 2 else None,
                 (7.5, 6.0, 1 / 3)[i % 3] if i % 4 else None))
            for word in ("calm", "tense")[:1 + i % 2]:
                conn.execute("INSERT INTO checkin_emotion (checkin_id, word, intensity) "
                             "VALUES (?, ?, ?)", (cur.lastrowid, word, i % 11))
            for tag in {1 + i % 5, 6 + i % 7, 14 + i % 3}:  # tags of several categories
                conn.execute("INSERT INTO checkin_tag (checkin_id, tag_id) VALUES (?, ?)",
                             (cur.lastrowid, tag))


def test_json_is_the_same_document_as_before_across_many_chunks(cli, data_dir):
    assert cli("mood", "list").code == 0  # creates the database
    bulk_checkins(data_dir, 2500)
    result = cli("mood", "list", "--json")
    assert result.code == 0
    with open_context(str(data_dir)) as ctx:
        expected = {"checkins": [e.to_json() for e in ctx.mood.list_checkins()]}
    # Byte for byte what json.dump wrote before the output was streamed.
    assert result.out == json.dumps(expected, ensure_ascii=False) + "\n"
    assert len(json.loads(result.out)["checkins"]) == 2500


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_stream_misses_and_repeats_nothing_when_times_tie(cli, data_dir, chunk):
    assert cli("mood", "list").code == 0
    bulk_checkins(data_dir, 10, same_time=True)  # many share one at_utc
    with open_context(str(data_dir)) as ctx:
        flt = CheckinFilter(since=None)
        assert list(mood_queries.stream(ctx.db, flt, chunk=chunk)) == \
            ctx.mood.search(flt, newest_first=False)
        assert list(mood_queries.stream(ctx.db, flt, chunk=chunk, limit=4)) == \
            ctx.mood.search(flt, newest_first=False, limit=4)


def test_regulation_stream_matches_the_list(cli, data_dir):
    for day in ("2026-01-01", "2026-01-01", "2026-01-03", "2026-01-04", "2026-01-05"):
        assert cli("regulate", "add", "--situation", day, *REGULATE,
                   "--at", f"{day}T10:00").code == 0
    with open_context(str(data_dir)) as ctx:
        for chunk in (1, 2, 10):
            assert list(regulation_queries.stream_entries(ctx.db, chunk=chunk)) == \
                ctx.regulation.list_entries(newest_first=False)
    result = cli("regulate", "list", "--json", "--since", "2026-01-03", "--until",
                 "2026-01-04")
    assert [e["situation"] for e in json.loads(result.out)["entries"]] == [
        "2026-01-03", "2026-01-04"]
    result = cli("regulate", "list", "--limit", "2")
    assert result.out.count("\n") == 2 and "2026-01-03" not in result.out


def test_limit_and_until_for_mood_list(cli):
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        assert cli("mood", "add", "--pleasantness", "1", "--energy", "1", "--note", day,
                   "--at", f"{day}T23:30").code == 0
    notes = [e["note"] for e in json.loads(cli("mood", "list", "--json", "--until",
                                                "2026-01-02").out)["checkins"]]
    assert notes == ["2026-01-01", "2026-01-02"]  # the whole local day is included
    notes = [e["note"] for e in json.loads(cli("mood", "list", "--json", "--limit", "1",
                                                "--since", "2026-01-02").out)["checkins"]]
    assert notes == ["2026-01-02"]
    result = cli("mood", "list", "--since", "2026-01-04")
    assert result.code == 0 and result.out == "No check-ins yet.\n"


@pytest.mark.parametrize("command", ["mood", "regulate"])
@pytest.mark.parametrize("args", [
    ["--since", ""], ["--until", ""], ["--since", " "], ["--limit", "0"], ["--limit", "-3"],
    ["--limit", "many"], ["--limit", ""], ["--since", "2026-01-05", "--until", "2026-01-04"],
])
def test_bad_range_exits_2_with_one_line_and_writes_nothing(cli, data_dir, command, args):
    result = cli(command, "list", *args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("stillpoint: ") and result.err.count("\n") == 1
    assert not (data_dir / "stillpoint.db").exists()  # refused before the data was opened


def test_control_characters_in_mood_notes_are_shown_escaped(cli_process, data_dir):
    note = "red \x1b[31malert\r hidden\nsecond line\ttab"
    assert cli_process("--data-dir", str(data_dir), "mood", "add", "--pleasantness", "1",
                       "--energy", "1", "--note", note).code == 0
    result = cli_process("--data-dir", str(data_dir), "mood", "list")
    assert result.code == 0
    assert "\x1b" not in result.out and "\r" not in result.out and result.out.count("\n") == 1
    assert "red \\x1b[31malert\\r hidden\\nsecond line\\ttab" in result.out
    # JSON keeps the note exactly as written.
    result = cli_process("--data-dir", str(data_dir), "mood", "list", "--json")
    assert json.loads(result.out)["checkins"][0]["note"] == note


def test_control_characters_in_regulation_entries_are_shown_escaped(cli_process, data_dir):
    situation = "email \x1b[31m\r\u202etxt.exe"
    assert cli_process("--data-dir", str(data_dir), "regulate", "add", "--situation",
                       situation, *REGULATE).code == 0
    result = cli_process("--data-dir", str(data_dir), "regulate", "list")
    assert result.code == 0 and result.out.count("\n") == 1
    assert "email \\x1b[31m\\r\\u202etxt.exe" in result.out
    assert not any(ch in result.out for ch in "\x1b\r\u202e")
