"""The guided-script format: parsing, line-precise errors, and exact round trips."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from app.errors import UserError
from app.meditation.script import (
    GuidedScript,
    ScriptError,
    Step,
    dump_script,
    format_duration,
    parse_script,
    planned_seconds,
)

HEADER = """\
title: A calm place
kind: visualization
minutes: 8
summary: Picture a calm place.
intro: Eyes open or closed. You can stop at any time.
"""


def script_with(body: str, header: str = HEADER) -> str:
    return header + "\n" + body


def test_parses_header_and_steps():
    script = parse_script(script_with("bell\nsay 20s: Welcome.\npause 1m30s\nsay wait: Go on.\n"),
                          source="calm-place.txt")
    assert script.key == "calm-place"
    assert (script.title, script.kind, script.minutes) == ("A calm place", "visualization", 8.0)
    assert script.summary == "Picture a calm place."
    assert script.steps == (
        Step("bell", "", 5.0),
        Step("say", "Welcome.", 20.0),
        Step("pause", "", 90.0),
        Step("say", "Go on.", None),
    )
    assert script.steps[3].waits and not script.steps[1].waits
    assert script.source_path is None


@pytest.mark.parametrize(("spec", "seconds"), [
    ("20s", 20.0), ("2m", 120.0), ("1m30s", 90.0), ("12.5s", 12.5), ("0.5s", 0.5), ("60m", 3600.0),
])
def test_durations(spec, seconds):
    script = parse_script(script_with(f"pause {spec}\n"))
    assert script.steps[0].seconds == seconds


def test_indented_lines_continue_text_and_whitespace_is_folded():
    text = HEADER.replace("intro: Eyes open or closed.", "intro: Eyes open\n   or closed.")
    script = parse_script(text + "say 30s: One   two\n\tthree,\n      four.\nbell 8s\n")
    assert script.intro == "Eyes open or closed. You can stop at any time."
    assert script.steps == (Step("say", "One two three, four.", 30.0), Step("bell", "", 8.0))


def test_comments_blank_lines_bom_and_crlf_are_fine():
    text = "\ufeff# a note\r\n" + script_with("\r\n# another\r\nsay 10s: Hi: there.\r\n\r\n")
    assert parse_script(text).steps == (Step("say", "Hi: there.", 10.0),)


def test_key_comes_from_header_then_file_name_then_title():
    assert parse_script("key: my-key\n" + script_with("bell\n"), source="x.txt").key == "my-key"
    assert parse_script(script_with("bell\n"), source="/a/My Beach 2.txt").key == "my-beach-2"
    assert parse_script(script_with("bell\n")).key == "a-calm-place"


def test_minutes_default_to_timed_length_rounded_up():
    header = HEADER.replace("minutes: 8\n", "")
    assert parse_script(script_with("pause 61s\nsay wait: Go on.\n", header)).minutes == 2.0


def test_planned_seconds_counts_waiting_steps_as_zero():
    script = parse_script(script_with("say 20s: Hi.\nsay wait: Go on.\npause 10s\nbell\n"))
    assert planned_seconds(script) == 35.0


def _error(text: str) -> ScriptError:
    with pytest.raises(ScriptError) as caught:
        parse_script(text, source="calm-place.txt")
    return caught.value


# Each case: the body after the 5-line header and a blank line (so body line 1 is line 7).
@pytest.mark.parametrize(("body", "line", "reason"), [
    ("say 20: Hi.", 7, "'20' is not a duration; write it like 20s, 2m or 1m30s"),
    ("bell\nsay 20s Hi.", 8, "put a colon before the words"),
    ("say: Hi.", 7, "say needs a duration or 'wait'"),
    ("say 20s:", 7, "this say step has no words"),
    ("say 2s: One two three four five six seven eight nine ten.", 7,
     "10 words take about 3s to read aloud"),
    ("say 1m: " + "word " * 61, 7, "61 words do not fit on the screen"),
    ("pause wait", 7, "only a say step can wait for the reader"),
    ("pause", 7, "pause needs a duration"),
    ("pause 10s: Hello.", 7, "a pause step has no words"),
    ("pause 61m", 7, "one step can last at most an hour"),
    ("pause 0.2s", 7, "a step lasts at least 0.5s"),
    ("bell\npause 5s\n  more words", 9, "an indented line continues the line above it"),
    ("bell\ntitle: Again", 8, "'title:' belongs in the header"),
    ("author: me", 7, "'author' is not a header key"),
    ("summary: twice", 7, "'summary:' is already set on line 4"),
    ("Breathe in slowly.", 7, "expected a header line such as 'title: ...' or a step"),
])
def test_errors_name_the_file_and_the_line(body, line, reason):
    error = _error(script_with(body + "\n"))
    assert isinstance(error, UserError)
    assert (error.source, error.line) == ("calm-place.txt", line)
    assert str(error).startswith(f"calm-place.txt, line {line}: ")
    assert reason in str(error)


def test_header_value_errors_point_at_their_line():
    assert _error(script_with("bell\n", HEADER.replace("visualization", "trance"))).line == 2
    bad_kind = _error(script_with("bell\n", HEADER.replace("visualization", "x")))
    assert "kind must be one of visualization" in str(bad_kind)
    assert _error(script_with("bell\n", HEADER.replace("minutes: 8", "minutes: soon"))).line == 3
    assert _error(script_with("bell\n", "key: Not OK\n" + HEADER)).line == 1
    assert _error(script_with("bell\n", HEADER.replace("Picture a calm place.", ""))).line == 4


def test_whole_file_errors_name_the_file():
    missing = _error(script_with("bell\n", HEADER.replace("title: A calm place\n", "")))
    assert str(missing) == "calm-place.txt: the header needs a 'title:' line"
    assert missing.line is None
    assert str(_error(HEADER)).startswith("calm-place.txt: the script has no steps")


def test_step_rejects_impossible_values():
    for args in [("sing", "x", 1.0), ("say", "", 1.0), ("pause", "x", 1.0), ("bell", "", None),
                 ("pause", "", 0.0), ("pause", "", 3601.0)]:
        with pytest.raises(ValueError):
            Step(*args)


def test_source_path_is_not_part_of_equality():
    script = parse_script(script_with("bell\n"))
    assert replace(script, source_path=Path("/tmp/x.txt")) == script


def test_dump_round_trips_a_hand_made_script():
    script = GuidedScript(
        key="k", title="A title: with colon", kind="grounding", minutes=4.5,
        summary="s " * 50, intro="An intro,   with  odd spacing\nand a line break.",
        steps=(Step("bell", "", 5.0), Step("bell", "", 7.25), Step("say", "x " * 60, 3600.0),
               Step("pause", "", 4 / 3), Step("say", "# not a comment", None),
               Step("pause", "", 150.0), Step("say", "say 20s: nested", 61.0)),
    )
    text = dump_script(script)
    assert parse_script(text) == script
    assert all(len(line) <= 78 for line in text.splitlines())
    assert "pause 2m30s" in text and "\nbell\n" in text and "bell 7.25s" in text


def test_dump_round_trips_random_scripts():
    rng = random.Random(20240601)
    words = ["calm", "breath", "the", "light:", "#", "say", "wait", "—", "é", "1m", "pause"]
    for _ in range(200):
        steps = []
        for _ in range(rng.randint(1, 12)):
            kind = rng.choice(["say", "pause", "bell"])
            seconds = rng.choice([0.5, 1.0, 12.5, 59.0, 60.0, 61.0, 3600.0, rng.uniform(0.5, 3600)])
            if kind == "say":
                text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
                needed = len(text.split()) / 3
                waits = rng.random() < 0.2
                steps.append(Step("say", text, None if waits else max(seconds, needed)))
            else:
                steps.append(Step(kind, "", seconds))
        script = GuidedScript(
            key="r", title=" ".join(rng.sample(words, 3)), kind="meditation",
            minutes=rng.choice([1.0, 7.5, rng.uniform(0.1, 600)]),
            summary=" ".join(rng.choices(words, k=30)), intro=" ".join(rng.choices(words, k=90)),
            steps=tuple(steps),
        )
        assert parse_script(dump_script(script)) == script


@pytest.mark.parametrize(("seconds", "text"), [
    (20, "20s"), (60, "1m"), (90, "1m30s"), (3600, "60m"), (12.5, "12.5s"), (0.5, "0.5s"),
])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text
