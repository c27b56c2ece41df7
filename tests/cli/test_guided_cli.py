"""`stillpoint guided`: --list, --validate, --import and --export."""

from __future__ import annotations

import json

SCRIPT = """\
title: Evening wind-down
kind: meditation
summary: Let the day settle.
intro: A few quiet minutes before sleep. Eyes open or closed; stop whenever you like.

bell
say 6s: Let your shoulders drop.
pause 30s
say wait: Continue when you are ready.
"""


def test_list_json_has_the_builtins_and_your_own(cli, data_dir, tmp_path):
    (data_dir / "scripts").mkdir(parents=True)
    (data_dir / "scripts" / "wind-down.txt").write_text(SCRIPT, encoding="utf-8")
    (data_dir / "scripts" / "bad.txt").write_text("title: x\n", encoding="utf-8")
    result = cli("guided", "--list", "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    keys = [s["key"] for s in document["scripts"]]
    assert keys[:1] == ["calm-place"] and keys[-1] == "wind-down" and len(keys) == 8
    own = document["scripts"][-1]
    assert own == {"key": "wind-down", "title": "Evening wind-down", "kind": "meditation",
                   "minutes": 1.0, "planned_seconds": 41.0, "steps": 4, "waits": 1,
                   "summary": "Let the day settle.", "builtin": False,
                   "path": str(data_dir / "scripts" / "wind-down.txt")}
    assert document["problems"] == ["bad.txt: the header needs a 'kind:' line"]
    plain = cli("guided", "--list")
    assert "grounding-5-4-3-2-1" in plain.out and "left out: bad.txt" in plain.out


def test_validate_says_what_is_wrong_and_where(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SCRIPT, encoding="utf-8")
    result = cli("guided", "--validate", str(good))
    assert result.code == 0
    assert result.out.startswith("good.txt is a valid script: 'Evening wind-down', 4 steps, "
                                 "1 waiting for the reader")
    bad = tmp_path / "bad.txt"
    bad.write_text(SCRIPT.replace("say 6s:", "say 1s:"), encoding="utf-8")
    result = cli("guided", "--validate", str(bad))
    assert result.code == 2 and result.out == ""
    assert result.err == ("stillpoint: bad.txt, line 7: 4 words take about 1s to read aloud; "
                          "give the step more time or use 'say wait:'\n")
    missing = cli("guided", "--validate", str(tmp_path / "nope.txt"))
    assert missing.code == 2 and "nope.txt: cannot be read" in missing.err


def test_import_and_export(cli, data_dir, tmp_path):
    source = tmp_path / "wind-down.txt"
    source.write_text(SCRIPT, encoding="utf-8")
    assert cli("guided", "--import", str(source)).code == 0
    assert (data_dir / "scripts" / "wind-down.txt").exists()
    again = cli("guided", "--import", str(source))
    assert again.code == 2 and "already" in again.err
    assert cli("guided", "--import", str(source), "--replace").code == 0
    out = tmp_path / "copy.txt"
    assert cli("guided", "--export", "calm-place", str(out)).code == 0
    assert cli("guided", "--validate", str(out)).code == 0
    unknown = cli("guided", "--export", "no-such", str(tmp_path / "x.txt"))
    assert unknown.code == 2 and "no guided script called 'no-such'" in unknown.err


def test_export_never_replaces_a_file_unless_forced(cli, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("mine", encoding="utf-8")
    refused = cli("guided", "--export", "calm-place", str(precious))
    assert refused.code == 2 and "already exists" in refused.err and "--force" in refused.err
    assert refused.err.count("\n") == 1
    assert precious.read_text(encoding="utf-8") == "mine"
    assert cli("guided", "--export", "calm-place", str(precious), "--force").code == 0
    assert precious.read_text(encoding="utf-8") != "mine"


def test_bad_combinations_are_refused(cli):
    for args in ((), ("--json",), ("--list", "--validate", "x.txt"), ("--replace", "--list")):
        result = cli("guided", *args)
        assert result.code == 2 and result.err.count("\n") == 1, args
