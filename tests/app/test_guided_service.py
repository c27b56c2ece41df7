"""The guided service: user scripts as files in the data dir, import/export, and the log."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.guided import GuidedScript, Step, dump_script
from app.guided.library import GROUNDING_KEY
from app.services.guided import ScriptsChanged

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
