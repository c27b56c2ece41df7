"""The built-in guided scripts, and loading, finding, saving and exporting user scripts."""

from __future__ import annotations

import importlib.resources
import re

import pytest

from app.errors import UserError
from app.meditation.library import (
    GROUNDING_KEY,
    builtin_scripts,
    export_script,
    find_script,
    load_user_scripts,
    read_script_file,
    save_user_script,
)
from app.meditation.script import (
    GuidedScript,
    dump_script,
    parse_script,
    planned_seconds,
)

EXPECTED = {
    "calm-place": 8, "secure-base": 8, "nurturing-figure": 10, "loving-kindness": 12,
    "body-scan-10": 10, "body-scan-20": 20, "grounding-5-4-3-2-1": 4,
}
BUILTINS = builtin_scripts()
SPOKEN_WORDS_PER_SECOND = 2.0  # a calm speaking pace; stricter than the format's own limit


def test_every_expected_script_ships_with_its_stated_length():
    assert {script.key: script.minutes for script in BUILTINS} == EXPECTED
    assert GROUNDING_KEY in EXPECTED


def test_every_file_in_the_package_is_loaded_and_named_after_its_key():
    files = [e.name for e in importlib.resources.files("resources.guided").iterdir()
             if e.name.endswith(".txt")]
    assert sorted(files) == sorted(f"{script.key}.txt" for script in BUILTINS)


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_planned_length_is_within_15_percent_of_the_stated_minutes(script: GuidedScript):
    assert abs(planned_seconds(script) / 60 - script.minutes) <= 0.15 * script.minutes


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_round_trips_through_the_text_format(script: GuidedScript):
    assert parse_script(dump_script(script), source=f"{script.key}.txt") == script


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_has_an_introduction_that_offers_a_choice_and_permission_to_stop(script: GuidedScript):
    assert len(script.intro.split()) >= 25 and script.summary
    assert "stop" in script.intro.lower()
    assert re.search(r"\beyes\b", script.intro.lower())


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_ends_gently_with_words_then_a_bell(script: GuidedScript):
    *_, last_words, last = script.steps
    assert last.kind == "bell" and last_words.kind == "say"
    assert re.search(r"\b(ready|room|day)\b", last_words.text.lower())


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_says_are_paced_for_a_calm_voice_and_never_wait(script: GuidedScript):
    # Built-ins are listened to with eyes closed, so no step may need a click to go on.
    for step in script.steps:
        if step.kind == "say":
            assert step.seconds is not None
            assert step.seconds >= len(step.text.split()) / SPOKEN_WORDS_PER_SECOND, step.text


@pytest.mark.parametrize("script", BUILTINS, ids=lambda s: s.key)
def test_words_invite_rather_than_command_or_promise(script: GuidedScript):
    text = " ".join([script.intro, *(step.text for step in script.steps)]).lower()
    for word in ("must", "should", "cure", "heal", "energy", "universe", "guarantee"):
        assert not re.search(rf"\b{word}\b", text), word


def test_loving_kindness_follows_the_widening_circles_in_order():
    text = " ".join(s.text for s in find_script("loving-kindness").steps).lower()
    marks = ["may i be safe", "someone who has helped you", "hardly know",
             "someone you find difficult", "may all beings be safe"]
    positions = [text.index(mark) for mark in marks]
    assert positions == sorted(positions)
    assert "skip this part" in text


def test_nurturing_figure_reminds_about_stopping_and_ends_with_grounding():
    steps = find_script("nurturing-figure").steps
    reminders = [i for i, s in enumerate(steps) if "stop" in s.text.lower()]
    assert len(reminders) >= 2 and reminders[-1] > len(steps) // 3
    ending = " ".join(s.text for s in steps[-12:]).lower()
    assert "feet" in ending and "can see" in ending and "can hear" in ending


def test_find_script_names_what_is_missing(tmp_path):
    assert find_script("calm-place").title == "A calm place"
    with pytest.raises(UserError, match="there is no guided script called 'beach'"):
        find_script("beach", user_dir=tmp_path)


USER_SCRIPT = """title: My beach
kind: visualization
summary: The beach I grew up near.
intro: Eyes open or closed; stop whenever you like.

say 20s: The sand is warm.
pause 40s
"""


def test_user_scripts_load_and_bad_files_are_reported_not_fatal(tmp_path):
    (tmp_path / "my-beach.txt").write_text(USER_SCRIPT, encoding="utf-8")
    (tmp_path / "broken.txt").write_text(USER_SCRIPT.replace("pause 40s", "pause forty"))
    (tmp_path / "calm-place.txt").write_text(USER_SCRIPT)  # takes a built-in's key
    (tmp_path / "latin1.txt").write_bytes("title: Caf\xe9".encode("latin-1"))
    (tmp_path / "notes.md").write_text("not a script")
    loaded = load_user_scripts(tmp_path)
    assert [s.key for s in loaded.scripts] == ["my-beach"]
    assert loaded.scripts[0].source_path == tmp_path / "my-beach.txt"
    assert loaded.scripts[0].minutes == 1.0
    assert loaded.problems == (
        "broken.txt, line 7: 'forty' is not a duration; write it like 20s, 2m or 1m30s",
        "calm-place.txt: another script already uses the key 'calm-place'; change its 'key:' line",
        "latin1.txt: this file is not UTF-8 text",
    )
    assert find_script("my-beach", user_dir=tmp_path).title == "My beach"


def test_a_missing_user_folder_is_simply_empty(tmp_path):
    assert load_user_scripts(tmp_path / "nope") == load_user_scripts(tmp_path)
    assert load_user_scripts(tmp_path).scripts == ()


def test_export_then_import_gives_the_same_script(tmp_path):
    original = find_script("secure-base")
    exported = tmp_path / "shared.txt"
    export_script(original, exported)
    imported = read_script_file(exported)
    assert imported == original and imported.source_path == exported


def test_save_user_script_refuses_builtin_keys_and_silent_overwrites(tmp_path):
    script = parse_script(USER_SCRIPT, source="my-beach.txt")
    target = save_user_script(script, tmp_path / "guided")
    assert target == tmp_path / "guided" / "my-beach.txt"
    assert read_script_file(target) == script
    with pytest.raises(UserError, match="already in"):
        save_user_script(script, tmp_path / "guided")
    assert save_user_script(script, tmp_path / "guided", replace_existing=True) == target
    with pytest.raises(UserError, match="built-in"):
        save_user_script(find_script("calm-place"), tmp_path)


def test_export_to_an_unwritable_place_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="cannot write"):
        export_script(find_script("calm-place"), tmp_path / "missing-dir" / "x.txt")
