"""The guided service: user scripts as files in the data dir, import/export, and the log."""

from __future__ import annotations

import dataclasses
import os

import pytest

from app.errors import UserError
from app.events import ScriptsChanged
from app.meditation import GuidedScript, Step, dump_script
from app.meditation.library import GROUNDING_KEY

SCRIPT = """\
title: Morning by the sea
kind: visualization
summary: A short walk along the shore.
intro: You walk along a quiet beach. Keep your eyes open or closed; stop whenever you like.

bell 2s
say 4s: Feel the sand under your feet.
pause 3s
say wait: Continue when you are ready.
"""


def _script(key: str = "my-sea", title: str = "My sea") -> GuidedScript:
    return GuidedScript(key=key, title=title, kind="visualization", minutes=1,
                        summary="A short rest.", intro="Rest a moment; stop any time.",
                        steps=(Step("say", "Breathe out slowly.", 5), Step("pause", seconds=3)))


def test_lists_builtins_then_own_scripts_and_reports_bad_files(ctx):
    folder = ctx.guided.folder
    folder.mkdir(parents=True)
    (folder / "sea.txt").write_text(SCRIPT, encoding="utf-8")
    (folder / "broken.txt").write_text(SCRIPT.replace("pause 3s", "pause 3"), encoding="utf-8")
    listing = ctx.guided.list_scripts()
    assert GROUNDING_KEY in [s.key for s in listing.builtin]
    assert [s.key for s in listing.own] == ["sea"]
    assert listing.problems == ("broken.txt, line 8: '3' is not a duration; "
                                "write it like 20s, 2m or 1m30s",)
    assert ctx.guided.get_script("sea").steps[-1].waits
    assert ctx.guided.is_own("sea") and not ctx.guided.is_own("calm-place")
    assert ctx.guided.grounding_script().kind == "grounding"


def test_save_edit_and_rename_an_own_script(ctx):
    heard = []
    ctx.hub.subscribe(ScriptsChanged, heard.append)
    path = ctx.guided.save_script(_script())
    assert path == ctx.guided.folder / "my-sea.txt"
    with pytest.raises(UserError, match="already"):
        ctx.guided.save_script(_script(title="Another"))  # a new script may not overwrite
    ctx.guided.save_script(_script(title="My sea, longer"), replace_key="my-sea")
    assert ctx.guided.get_script("my-sea").title == "My sea, longer"
    ctx.guided.save_script(_script(key="sea-two"), replace_key="my-sea")  # renamed
    assert [s.key for s in ctx.guided.list_scripts().own] == ["sea-two"]
    assert not path.exists()
    assert [e.key for e in heard] == ["my-sea", "my-sea", "sea-two"]


def test_a_builtin_key_cannot_be_taken_or_removed(ctx):
    with pytest.raises(UserError, match="built-in"):
        ctx.guided.save_script(_script(key="calm-place"))
    with pytest.raises(UserError, match="not one of your own"):
        ctx.guided.delete_script("calm-place")


def test_import_checks_first_and_export_round_trips(ctx, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(SCRIPT.replace("kind: visualization", "kind: dance"), encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.txt, line 2: kind must be one of"):
        ctx.guided.import_script(bad)
    assert not ctx.guided.folder.exists() or not any(ctx.guided.folder.iterdir())
    good = tmp_path / "sea.txt"
    good.write_text(SCRIPT, encoding="utf-8")
    imported = ctx.guided.import_script(good)
    with pytest.raises(UserError, match="already"):
        ctx.guided.import_script(good)
    out = tmp_path / "out.txt"
    ctx.guided.export_script("sea", out)
    assert out.read_text(encoding="utf-8") == dump_script(imported)
    ctx.guided.delete_script("sea")
    assert ctx.guided.list_scripts().own == ()


def test_a_script_whose_file_name_is_not_its_key_can_be_edited_and_removed(ctx):
    folder = ctx.guided.folder
    folder.mkdir(parents=True)
    own = folder / "Evening Walk.txt"  # written by hand; the key comes from the file name
    own.write_text(SCRIPT.replace("title: Morning by the sea", "title: Evening walk"),
                   encoding="utf-8")
    script = ctx.guided.get_script("evening-walk")
    assert ctx.guided.is_own("evening-walk")
    path = ctx.guided.save_script(dataclasses.replace(script, title="Evening walk, longer"),
                                  replace_key="evening-walk")
    assert path == own and sorted(p.name for p in folder.iterdir()) == ["Evening Walk.txt"]
    listing = ctx.guided.list_scripts()
    assert ([s.title for s in listing.own], listing.problems) == (["Evening walk, longer"], ())
    with pytest.raises(UserError, match="already"):  # a new script may not take its key
        ctx.guided.save_script(dataclasses.replace(script, title="Another"))
    assert ctx.guided.delete_script("evening-walk") == own
    assert list(folder.iterdir()) == [] and ctx.guided.list_scripts().own == ()


def test_scripts_are_written_whole_or_not_at_all(ctx, tmp_path):
    path = ctx.guided.save_script(_script())
    earlier = tmp_path / "earlier.txt"
    os.link(path, earlier)  # still the old file if the new one was moved into place
    ctx.guided.save_script(_script(title="My sea, longer"), replace_key="my-sea")
    assert "title: My sea\n" in earlier.read_text(encoding="utf-8")
    assert "title: My sea, longer" in path.read_text(encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    os.link(out, tmp_path / "out-before.txt")
    ctx.guided.export_script("my-sea", out)
    assert (tmp_path / "out-before.txt").read_text(encoding="utf-8") == "old"
    with pytest.raises(UserError, match="cannot write"):
        ctx.guided.export_script("my-sea", tmp_path / "no such folder" / "x.txt")
    assert sorted(p.name for p in ctx.guided.folder.iterdir()) == ["my-sea.txt"]
    assert sorted(p.name for p in tmp_path.iterdir() if "tmp" in p.name) == []


def test_a_run_is_logged_as_visualization_practice(ctx):
    ctx.guided.save_script(_script())
    script = ctx.guided.get_script("my-sea")
    record = ctx.guided.log_run(script, actual_seconds=6.5, completed=False, steps_done=1,
                                calm_before=4, details={"ended_with": "grounding"})
    assert (record.kind, record.ref, record.title) == ("visualization", "my-sea", "My sea")
    assert (record.planned_seconds, record.actual_seconds, record.completed) == (8, 6.5, False)
    assert record.calm_before == 4
    assert record.details == {"steps_done": 1, "steps": 2, "ended_with": "grounding"}
    assert ctx.practice.list_sessions(kind="visualization") == [record]
