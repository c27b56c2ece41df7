"""`stillpoint vocab`: every emotion word with its quadrant."""

from __future__ import annotations

import json

from app.cli import main


def test_vocab_json_lists_words_with_their_quadrant(capsys):
    assert main(["vocab", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    keys = [q["key"] for q in doc["quadrants"]]
    assert keys == ["high-pleasant", "low-pleasant", "high-unpleasant", "low-unpleasant"]
    words = {w["word"]: w for w in doc["words"]}
    assert len(words) >= 95
    assert words["calm"]["quadrant"] == "low-pleasant"
    assert words["anxious"]["quadrant"] == "high-unpleasant"
    assert words["abandoned"]["attachment"] is True
    assert all(w["quadrant"] in keys for w in doc["words"])


def test_vocab_text_groups_by_quadrant(capsys):
    assert main(["vocab"]) == 0
    out = capsys.readouterr().out
    assert "Low energy, unpleasant (" in out and "lonely" in out
