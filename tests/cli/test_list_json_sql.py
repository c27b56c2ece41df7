"""`mood list --json` and `regulate list --json` on a SQLite file are written by SQLite
itself (app/mood/queries.py, app/regulation/queries.py): byte for byte what json.dumps of
to_json() gives, on the awkward values: offsets west and east, times a hair before the next
second, notes with quotes and control characters, missing values, empty attachments."""

from __future__ import annotations

import json
import sqlite3

from app.context import open_context
from app.mood.types import CheckinFilter

NOTE = 'a "quoted" \\ caf\u00e9 \u2603 \x1b[31m\r\n\t\x7f\x00\u2028 \U0001f600'
# (at_utc, offset in minutes): a fraction a hair below the next second must not round up.
MOMENTS = [("2026-01-01 23:59:59.999999", 60), ("2026-01-02 00:10:00.500000", -330),
           ("2026-03-29 01:30:00.000000", 0), ("2026-07-01 12:00:00", -720),
           ("2026-07-01 12:00:00.000001", 840), ("2026-12-31 23:00:00.000000", 345)]


def _fill(path) -> None:
    with sqlite3.connect(path) as conn:
        for i, (at, offset) in enumerate(MOMENTS):
            cur = conn.execute(
                "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness, "
                "energy, note, sleep_hours) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, offset, at[:10], i - 3, 2 - i, NOTE if i % 2 else None,
                 (None, 7.5, 1 / 3, 0.1 + 0.2, 8.0, 24.0)[i]))
            for word, intensity in (("calm", i), ("tense", 10 - i), ("sad", i))[:i % 4]:
                conn.execute("INSERT INTO checkin_emotion (checkin_id, word, intensity) "
                             "VALUES (?, ?, ?)", (cur.lastrowid, word, intensity))
            for tag in (3, 17, 9, 1)[:i % 5]:
                conn.execute("INSERT INTO checkin_tag (checkin_id, tag_id) VALUES (?, ?)",
                             (cur.lastrowid, tag))
            cur = conn.execute(
                "INSERT INTO regulation_entry (at_utc, utc_offset_min, local_day, situation, "
                "strategy_id, helpfulness, note, attachment_person, attachment_action) "
                "VALUES (?, ?, ?, ?, 1 + ?, ?, ?, ?, ?)",
                (at, offset, at[:10], NOTE[: 3 + i], i % 4, i % 5, NOTE if i % 2 else None,
                 (None, "", "my \"sister\"", None, "Sam", "")[i],
                 (None, None, None, "reached_out", None, None)[i]))
            changes = (("angry", 8, None), ("calm", 9, 3), ("sad", 2, 2))
            for word, before, after in changes[:i % 4]:
                conn.execute("INSERT INTO regulation_emotion (entry_id, word, intensity_before, "
                             "intensity_after) VALUES (?, ?, ?, ?)",
                             (cur.lastrowid, word, before, after))


def test_mood_and_regulation_json_match_to_json_byte_for_byte(cli, data_dir):
    assert cli("mood", "list").code == 0  # creates the database
    _fill(data_dir / "stillpoint.db")
    with open_context(str(data_dir)) as ctx:
        checkins = ctx.mood.search(CheckinFilter(since=None), newest_first=False)
        entries = ctx.regulation.list_entries(newest_first=False)
    assert len(checkins) == len(entries) == len(MOMENTS)
    for limit in ((), ("--limit", "4")):
        n = len(MOMENTS) if not limit else 4
        mood = cli("mood", "list", "--json", *limit)
        assert mood.code == 0
        assert mood.out == json.dumps({"checkins": [c.to_json() for c in checkins[:n]]},
                                      ensure_ascii=False) + "\n"
        regulate = cli("regulate", "list", "--json", *limit)
        assert regulate.code == 0
        assert regulate.out == json.dumps({"entries": [e.to_json() for e in entries[:n]]},
                                          ensure_ascii=False) + "\n"
    # The local times really cross days and carry their offsets.
    stamps = [c["at"] for c in json.loads(mood.out)["checkins"]]
    assert stamps[:2] == ["2026-01-02T00:59:59+01:00", "2026-01-01T18:40:00-05:30"]


def test_empty_lists_are_empty_documents(cli):
    assert cli("mood", "list", "--json").out == '{"checkins": []}\n'
    assert cli("regulate", "list", "--json").out == '{"entries": []}\n'
