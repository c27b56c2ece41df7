"""`stillpoint journal prompts|add|list`; bad input exits 2 with one line and writes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.limits import JOURNAL_TEXT_MAX


def counts(data_dir):
    if not (data_dir / "stillpoint.db").exists():
        return (0, 0)
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("journal_entry", "journal_tag"))


def test_prompts_as_text_and_json(cli):
    result = cli("journal", "prompts")
    assert result.code == 0
    assert "Attachment history (attachment-history):" in result.out
    assert "  attachment-history/what-felt-safe  " in result.out
    result = cli("journal", "prompts", "--json")
    sets = json.loads(result.out)["sets"]
    assert [s["id"] for s in sets][:2] == ["attachment-history", "gratitude"]
    assert set(sets[0]) == {"id", "title", "description", "prompts"}
    assert set(sets[0]["prompts"][0]) == {"id", "text"}


def test_add_then_list_with_search_and_since(cli):
    result = cli("journal", "add", "--text", "The **first** snow", "--prompt",
                 "gratitude/small-good-thing", "--tag", "Winter", "--tag", "winter ")
    assert result.code == 0 and result.out.startswith("Saved journal entry 1 for ")
    assert cli("journal", "add", "--text", "Line one\nline two").code == 0
    [first, second] = json.loads(cli("journal", "list", "--json").out)["entries"]
    assert first["text"] == "The **first** snow" and first["tags"] == ["winter"]
    assert first["prompt_id"] == "gratitude/small-good-thing"
    assert first["prompt"].startswith("What is one small good thing")
    assert second["prompt_id"] is None and second["checkin_id"] is None
    found = json.loads(cli("journal", "list", "--json", "--search", "SNOW first").out)
    assert [e["id"] for e in found["entries"]] == [1]
    out = cli("journal", "list").out
    assert "(gratitude/small-good-thing)  [winter]  The **first** snow" in out
    assert "Line one\\nline two" in out  # one entry, one line
    assert cli("journal", "list", "--since", "2999-01-01").out == "No entries match.\n"


def test_list_when_empty(cli):
    assert cli("journal", "list").out == "No journal entries yet.\n"
    assert json.loads(cli("journal", "list", "--json").out) == {"entries": []}


@pytest.mark.parametrize("args, expected", [
    (["--text", "x", "--prompt", "gratitude/smal-good-thing"],
     ["'gratitude/small-good-thing'", "journal prompts"]),
    (["--text", "x", "--prompt", "what-felt-safe"], ["'attachment-history/what-felt-safe'"]),
    (["--text", ""], ["--text is empty"]),
    (["--text", "   "], ["--text is empty"]),
    (["--text", "x" * (JOURNAL_TEXT_MAX + 1)], [str(JOURNAL_TEXT_MAX)]),
    (["--text", "x", "--tag", "t" * 61], ["too long"]),
    (["--text", "x", "--tag", ""], ["--tag is empty"]),
    (["--prompt", "gratitude/small-good-thing"], ["--text"]),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli, data_dir, args, expected):
    cli("journal", "add", "--text", "already here", "--tag", "a")
    before = counts(data_dir)
    result = cli("journal", "add", *args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("stillpoint: ") and result.err.count("\n") == 1
    for fragment in expected:
        assert fragment in result.err
    assert counts(data_dir) == before


def test_bad_list_options_exit_2(cli):
    for args in (["--since", "2026-13-01"], ["--since", ""], ["--search", ""]):
        result = cli("journal", "list", *args)
        assert result.code == 2 and result.err.count("\n") == 1 and result.out == ""
