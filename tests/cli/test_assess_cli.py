"""`stillpoint assess list|take|history`: scoring, JSON fields, and bad answers that exit 2
with the reason and store nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest


def stored(data_dir):
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return conn.execute("SELECT COUNT(*) FROM assessment_result").fetchone()[0]


def test_list_shows_every_instrument(cli):
    result = cli("assess", "list")
    assert result.code == 0
    for ident in ("who-5", "phq-9", "gad-7", "attachment-reflection"):
        assert ident in result.out
    doc = json.loads(cli("assess", "list", "--json").out)
    ids = [i["id"] for i in doc["instruments"]]
    assert ids == ["who-5", "phq-9", "gad-7", "attachment-reflection"]
    reflection = doc["instruments"][3]
    assert reflection["label"] == "A reflection aid, not a validated test"
    assert doc["instruments"][1]["licence"].startswith("No permission required")


def test_take_json_fields_and_history(cli):
    result = cli("assess", "take", "gad-7", "--answers", "3,2,2,2,2,2,2", "--json")
    assert result.code == 0 and result.err == ""
    doc = json.loads(result.out)
    assert doc["instrument"] == "gad-7"
    assert doc["answers"] == [3, 2, 2, 2, 2, 2, 2]
    assert doc["scores"] == {"total": 15}
    assert doc["band"] == "severe"
    assert doc["crisis"] is False
    assert {"id", "at", "day"} <= set(doc)
    cli("assess", "take", "gad-7", "--answers", "0,0,0,0,0,0,0")
    history = json.loads(cli("assess", "history", "gad-7", "--json").out)
    assert history["instrument"] == "gad-7"
    assert [r["scores"]["total"] for r in history["results"]] == [15, 0]
    text = cli("assess", "history", "gad-7").out.splitlines()
    assert text[0].endswith("score 15, severe") and text[1].endswith("score 0, minimal")


def test_take_text_says_what_it_does_not_mean_and_names_the_source(cli):
    out = cli("assess", "take", "who-5", "--answers", "5,5,5,5,5").out
    assert "100% (raw 25), no sign of low well-being" in out
    assert "does not mean everything is fine" in out
    assert "Psychiatric Center North Zealand" in out
    out = cli("assess", "take", "who-5", "--answers", "3,3,2,2,2").out
    assert "48% (raw 12), low well-being" in out
    assert "52 points lower than last time" in out and "meaningful change" in out


def test_phq9_item9_with_low_total_flags_crisis_and_shows_the_card(cli):
    result = cli("assess", "take", "phq-9", "--answers", "0,0,0,0,0,0,0,0,1")
    assert result.code == 0
    assert "score 1, minimal" in result.out
    assert "Need help now?" in result.out and "emergency" in result.out
    result = cli("assess", "take", "phq-9", "--answers", "0,0,0,0,0,0,0,0,1,1", "--json")
    doc = json.loads(result.out)
    assert doc["crisis"] is True and doc["scores"] == {"total": 1}
    assert doc["answers"] == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
    assert "Need help now?" in result.err  # the JSON stays clean; the person still sees it


@pytest.mark.parametrize(("answers", "reason"), [
    ("0,0,0", "GAD-7 has 7 questions; give 7 answers, not 3"),
    ("0,0,0,0,0,0,0,0", "GAD-7 has 7 questions; give 7 answers, not 8"),
    ("0,0,0,0,0,0,4", "answer 7 (GAD-7 item 7) must be one of 0, 1, 2, 3, not 4"),
    ("0,0,x,0,0,0,0", "answers must be whole numbers separated by commas; answer 3 is 'x'"),
])
def test_bad_answers_exit_2_with_the_reason_and_store_nothing(cli, data_dir, answers, reason):
    cli("assess", "list")  # the database exists, so "nothing stored" is checked there
    result = cli("assess", "take", "gad-7", "--answers", answers)
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == f"stillpoint: {reason}"
    assert stored(data_dir) == 0


def test_unknown_instrument(cli, data_dir):
    result = cli("assess", "take", "ecr-r", "--answers", "1")
    assert result.code == 2 and "there is no instrument 'ecr-r'" in result.err
    assert cli("assess", "history", "nope").code == 2
    assert stored(data_dir) == 0


def test_invalid_user_instrument_is_refused_clearly(cli, data_dir):
    folder = data_dir / "instruments"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text('{"id": "mine"}', encoding="utf-8")
    result = cli("assess", "list")
    assert result.code == 0
    assert "left out instruments/broken.json: options: missing; give a list" in result.err
