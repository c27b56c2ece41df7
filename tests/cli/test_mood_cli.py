"""`stillpoint mood add` with emotion words, tags and sleep; bad values write nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import main


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def counts(data_dir):
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("mood_checkin", "checkin_emotion", "checkin_tag", "context_tag"))


def test_add_with_words_tags_and_sleep_then_list_json(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "mood", "add", "--pleasantness", "3", "--energy", "-2",
                       "--emotion", "calm:6", "--emotion", "At ease:4", "--tag", "home",
                       "--tag", "person:Grandma", "--sleep", "7.5", "--note", "slow tea")
    assert code == 0 and out.startswith("Saved check-in 1 for ")
    code, out, _ = run(capsys, data_dir, "mood", "list", "--json")
    [entry] = json.loads(out)["checkins"]
    assert entry["emotions"] == [{"word": "calm", "intensity": 6},
                                 {"word": "at ease", "intensity": 4}]
    assert entry["tags"] == [{"name": "Grandma", "category": "person"},
                             {"name": "home", "category": "place"}]
    assert entry["sleep_hours"] == 7.5
    # Backward compatible: the original fields are all there with their meaning.
    assert (entry["pleasantness"], entry["energy"], entry["note"]) == (3, -2, "slow tea")
    code, out, _ = run(capsys, data_dir, "mood", "list")
    assert "calm 6, at ease 4" in out and "slept 7.5 h" in out


@pytest.mark.parametrize("args, expected", [
    (["--emotion", "clam:6"], ["'clam'", "'calm'"]),
    (["--emotion", "calm:11"], ["'calm'", "not 11"]),
    (["--emotion", "calm"], ["WORD:INTENSITY"]),
    (["--emotion", "calm:much"], ["'much'"]),
    (["--tag", "hoem"], ["'hoem'", "'home'"]),
    (["--tag", "plac:garden"], ["'plac'", "'place'"]),
    (["--sleep", "30"], ["30"]),
    (["--emotion", "calm:5", "--tag", "nowhere"], ["'nowhere'"]),
])
def test_bad_values_exit_2_with_one_line_and_write_nothing(capsys, data_dir, args, expected):
    run(capsys, data_dir, "mood", "add", "--pleasantness", "1", "--energy", "1")
    before = counts(data_dir)
    code, out, err = run(capsys, data_dir, "mood", "add", "--pleasantness", "1",
                         "--energy", "1", *args)
    assert code == 2 and out == ""
    assert err.startswith("stillpoint: ") and err.count("\n") == 1
    for fragment in expected:
        assert fragment in err
    assert counts(data_dir) == before
