"""`stillpoint breathe`: listing patterns, a headless session's phase lines, and bad input."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest


@pytest.fixture
def quick(ctx):
    """A custom pattern short enough to breathe through in a test: 1.5 s a cycle."""
    return ctx.breathing.create_pattern(name="Quick test", inhale=0.5, hold_in=0.5, exhale=0.5,
                                        hold_out=0)


def test_list_json_has_builtins_and_custom(cli, quick):
    result = cli("breathe", "--list", "--json")
    assert result.code == 0, result.err
    patterns = json.loads(result.out)["patterns"]
    by_key = {p["key"]: p for p in patterns}
    assert list(by_key)[:5] == ["box", "cyclic-sighing", "4-7-8", "resonance", "extended-exhale"]
    assert by_key["box"]["breaths_per_minute"] == 3.75
    assert by_key["cyclic-sighing"]["top_up"] == 1.0
    assert (by_key[quick.key]["name"], by_key[quick.key]["custom"]) == ("Quick test", True)
    plain = cli("breathe", "--list")
    assert "Box breathing" in plain.out and "Quick test" in plain.out


def test_headless_session_prints_each_phase_then_stores_it(cli_process, ctx, quick):
    result = cli_process("breathe", "--pattern", "quick TEST", "--cycles", "2", "--no-ui",
                         "--calm-before", "4")
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    phases = [(line["offset"], line["phase"]) for line in lines[:-1]]
    assert phases == [(0.0, "inhale"), (0.5, "hold_in"), (1.0, "exhale"),
                      (1.5, "inhale"), (2.0, "hold_in"), (2.5, "exhale"), (3.0, "done")]
    assert [line.get("cycle") for line in lines[:6]] == [1, 1, 1, 2, 2, 2]
    assert lines[6]["cycles_completed"] == 2
    session = lines[-1]["session"]
    stored = ctx.breathing.list_sessions()
    assert [s.id for s in stored] == [session["id"]]
    record = stored[0]
    assert (record.ref, record.title, record.completed) == (quick.key, "Quick test", True)
    assert (record.planned_seconds, record.actual_seconds, record.cycles_completed) == (3, 3, 2)
    assert record.calm_before == 4
    assert record.details["pattern"]["exhale"] == 0.5 and record.details["cycles"] == 2


def test_interrupted_session_is_stored_as_stopped(data_dir, ctx):
    ctx.breathing.create_pattern(name="Slow", inhale=2, hold_in=0, exhale=2, hold_out=0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.launch", "breathe", "--pattern", "slow", "--minutes", "1",
         "--no-ui"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = json.loads(proc.stdout.readline())
    second = json.loads(proc.stdout.readline())  # the exhale, 2 s in
    assert (first["phase"], second["phase"]) == ("inhale", "exhale")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["phase"] == "stopped"
    record = ctx.breathing.list_sessions()[0]
    assert record.completed is False
    assert 2.0 <= record.actual_seconds < 4.0
    assert record.planned_seconds == 60.0 and record.cycles_completed == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pattern", "hyperventilation", "--minutes", "2", "--no-ui"],
         "no breathing pattern called 'hyperventilation'"),
        (["--pattern", "box", "--minutes", "0", "--no-ui"], "minutes must be more than 0"),
        (["--pattern", "box", "--minutes", "ten", "--no-ui"], "minutes must be a number"),
        (["--pattern", "box", "--cycles", "0", "--no-ui"], "cycles must be from 1 to 1000"),
        (["--pattern", "box", "--minutes", "2", "--cycles", "3", "--no-ui"],
         "--minutes or --cycles, not both"),
        (["--minutes", "2", "--no-ui"], "choose a pattern with --pattern"),
        (["--pattern", "box", "--minutes", "2"], "add --no-ui"),
    ],
)
def test_bad_pattern_or_length_exits_2_and_stores_nothing(cli, ctx, args, message):
    result = cli("breathe", *args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert message in result.err
    assert ctx.breathing.list_sessions() == []
