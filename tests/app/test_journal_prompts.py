"""Prompt sets load from resources/prompts; the Markdown-light converter is safe."""

from __future__ import annotations

import random

import pytest

from app.errors import UserError
from app.journal import markup
from app.journal.prompts import SET_ORDER, all_prompts, find_prompt, prompt_sets, shuffle


def test_every_set_loads_in_order_with_six_to_ten_prompts():
    sets = prompt_sets()
    assert [s.id for s in sets] == list(SET_ORDER)
    for s in sets:
        assert s.title and s.description and "\n" not in s.description
        assert 6 <= len(s.prompts) <= 10
        for p in s.prompts:
            assert p.id.startswith(f"{s.id}/") and p.set_id == s.id and p.text.strip()


def test_prompt_ids_are_unique_and_attachment_history_covers_its_themes():
    ids = [p.id for p in all_prompts()]
    assert len(ids) == len(set(ids)) == sum(len(s.prompts) for s in prompt_sets())
    for needed in ("early-relationships", "what-felt-safe", "when-someone-is-distant"):
        assert f"attachment-history/{needed}" in ids


def test_find_prompt_names_the_closest_ids():
    assert find_prompt("gratitude/small-good-thing").set_id == "gratitude"
    with pytest.raises(UserError, match="did you mean 'attachment-history/what-felt-safe'"):
        find_prompt("what-felt-safe")
    with pytest.raises(UserError) as exc:
        find_prompt("nothing-like-it-at-all")
    assert exc.value.hint and "journal prompts" in exc.value.hint


def test_shuffle_stays_in_the_set_and_avoids_the_current_prompt():
    rng = random.Random(3)
    for _ in range(30):
        p = shuffle("boundaries", avoid="boundaries/guilt", rng=rng)
        assert p.set_id == "boundaries" and p.id != "boundaries/guilt"
    assert shuffle(rng=rng).id in {p.id for p in all_prompts()}


def test_markup_light_is_rendered_and_everything_else_escaped():
    html = markup.to_html("Hi **you** and *me*\nnext line\n\n- one\n- **two**\n\n2*3*4 <b>x</b>")
    assert html == ("<p>Hi <b>you</b> and <i>me</i><br>next line</p>"
                    "<ul><li>one</li><li><b>two</b></li></ul>"
                    "<p>2*3*4 &lt;b&gt;x&lt;/b&gt;</p>")


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**<a href='x'>y</a>**",
    "- <style>*{}</style>", "&lt;b&gt;", "*\"onmouseover=x*",
])
def test_no_user_html_gets_through(hostile):
    html = markup.to_html(hostile)
    for tag in ("<script", "<img", "<a ", "<style"):
        assert tag not in html
    stripped = html
    for ok in ("<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<b>", "</b>", "<i>", "</i>",
               "<br>"):
        stripped = stripped.replace(ok, "")
    assert "<" not in stripped and ">" not in stripped
