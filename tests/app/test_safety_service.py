"""The safety plan (add, edit, reorder, remove, undo), the crisis numbers, locale defaults."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.events import SafetyPlanChanged, SettingChanged
from app.limits import SAFETY_ITEM_MAX, SAFETY_SECTIONS
from app.safety.card import crisis_card
from app.safety.crisis_lines import defaults_for, region_from_locale
from app.safety.types import SECTIONS, Contacts


def texts(ctx, section):
    return [i.text for i in ctx.safety.section_items(section)]


def test_plan_items_are_added_in_order_and_kept_by_section(ctx):
    heard = []
    ctx.hub.subscribe(SafetyPlanChanged, heard.append)
    first = ctx.safety.add_item("coping", "  a walk   round the block ")
    ctx.safety.add_item("coping", "a hot shower")
    ctx.safety.add_item("reasons", "my sister")
    ctx.safety.add_item("warning_signs", "I stop answering messages")
    assert first.text == "a walk round the block"  # one line, spaces tidied
    assert texts(ctx, "coping") == ["a walk round the block", "a hot shower"]
    plan = ctx.safety.plan()
    # Sections in the plan's order, whatever order they were written in.
    assert [i.section for i in plan.items] == ["warning_signs", "coping", "coping", "reasons"]
    assert [s["section"] for s in plan.to_json()] == list(SAFETY_SECTIONS)
    assert heard == [SafetyPlanChanged("coping"), SafetyPlanChanged("coping"),
                     SafetyPlanChanged("reasons"), SafetyPlanChanged("warning_signs")]


def test_edit_move_remove_and_restore(ctx):
    ids = [ctx.safety.add_item("people", name).id for name in ("Ana", "Ben", "Cleo")]
    ctx.safety.edit_item(ids[1], "Ben, 0170 555 0101")
    ctx.safety.move_item(ids[2], -1)
    assert texts(ctx, "people") == ["Ana", "Cleo", "Ben, 0170 555 0101"]
    ctx.safety.move_item(ids[0], -1)  # already first: stays
    ctx.safety.move_item(ids[1], 5)  # beyond the end: last
    assert texts(ctx, "people") == ["Ana", "Cleo", "Ben, 0170 555 0101"]
    removed = ctx.safety.remove_item(ids[2])
    assert texts(ctx, "people") == ["Ana", "Ben, 0170 555 0101"]
    assert [i.position for i in ctx.safety.section_items("people")] == [0, 1]
    ctx.safety.restore_item(removed)  # undo puts it back where it was
    assert texts(ctx, "people") == ["Ana", "Cleo", "Ben, 0170 555 0101"]


@pytest.mark.parametrize("call", [
    lambda s: s.add_item("hobbies", "x"),
    lambda s: s.add_item("coping", "   "),
    lambda s: s.add_item("coping", "x" * (SAFETY_ITEM_MAX + 1)),
    lambda s: s.edit_item(999, "x"),
    lambda s: s.move_item(999, 1),
    lambda s: s.remove_item(999),
])
def test_bad_input_is_refused_and_nothing_is_written(ctx, call):
    with pytest.raises(UserError):
        call(ctx.safety)
    assert ctx.safety.plan().empty


def test_every_section_has_its_own_heading_and_prompt():
    assert tuple(s.key for s in SECTIONS) == SAFETY_SECTIONS
    assert len({s.heading for s in SECTIONS}) == len(SECTIONS)
    assert all(s.prompt.endswith(".") for s in SECTIONS)


@pytest.mark.parametrize(("env", "region"), [
    ({"LANG": "en_US.UTF-8"}, "US"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "GB"),  # LC_ALL wins
    ({"LC_MESSAGES": "ga_IE@euro"}, "IE"),
    ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "POSIX"}, None),
    ({}, None),
])
def test_region_comes_from_the_locale(env, region):
    assert region_from_locale(env) == region


def test_locale_defaults():
    us, gb, ie, de, jp, unknown = (defaults_for(r) for r in ("US", "GB", "IE", "DE", "JP", None))
    assert (us.emergency_number, us.crisis_line_number, us.crisis_line_how) == (
        "911", "988", "call or text")
    assert (gb.emergency_number, gb.crisis_line_name, gb.crisis_line_number) == (
        "999", "Samaritans", "116 123")
    assert "112" in gb.emergency_label
    assert (ie.emergency_number, ie.crisis_line_number) == ("112", "116 123")
    assert (de.emergency_number, de.crisis_line_number) == ("112", None)
    for elsewhere in (jp, unknown):
        assert elsewhere.emergency_number == "112"
        assert "local emergency number" in elsewhere.emergency_label
    card = crisis_card({}, {"LANG": "en_US.UTF-8"})
    assert "Check the number for where you are" in card.check_note
    assert "complete" in card.check_note  # never claims completeness


def test_saved_numbers_replace_the_defaults(ctx):
    heard = []
    ctx.hub.subscribe(SettingChanged, heard.append)
    ctx.safety.save_contacts(Contacts(crisis_line_number=" 0800 111 0 111 ",
                                      crisis_line_name="TelefonSeelsorge",
                                      therapist_name="Dr. Lee", therapist_number="555 0100"))
    card = crisis_card(ctx.settings.all(), {"LANG": "en_US.UTF-8"})
    assert (card.crisis_line_name, card.crisis_line_number) == ("TelefonSeelsorge",
                                                               "0800 111 0 111")
    assert card.crisis_line_how is None  # the default's "call or text" is not theirs
    assert card.emergency_number == "911"  # left empty: the default stays
    assert (card.therapist_name, card.therapist_number) == ("Dr. Lee", "555 0100")
    assert {e.key for e in heard} == {"crisis_line_name", "crisis_line_number",
                                      "emergency_number", "therapist_name", "therapist_number"}
    ctx.safety.save_contacts(Contacts())  # all empty: back to the defaults
    assert crisis_card(ctx.settings.all(), {"LANG": "en_US.UTF-8"}).crisis_line_number == "988"


@pytest.mark.parametrize("contacts", [Contacts(therapist_number="call her"),
                                      Contacts(emergency_number="1" * 41),
                                      Contacts(therapist_name="x" * 81)])
def test_bad_numbers_are_refused_and_nothing_is_saved(ctx, contacts):
    with pytest.raises(UserError):
        ctx.safety.save_contacts(contacts)
    assert ctx.settings.get("therapist_number") is None
    assert ctx.settings.get("emergency_number") is None
