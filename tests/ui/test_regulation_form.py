"""The regulation form on its own: editing an entry keeps its link to a practice session."""

from __future__ import annotations

import pytest

from ui.qt import Qt
from ui.widgets.regulation_form import RegulationForm


@pytest.fixture
def form(ctx, qtbot):
    form = RegulationForm(ctx.regulation, ctx.hub)
    qtbot.addWidget(form)
    form.show()
    return form


def _breathing_sessions(ctx, n):
    box = ctx.breathing.find_pattern("box")
    return [ctx.breathing.log_session(pattern=box, planned_seconds=60, actual_seconds=60,
                                      completed=True, cycles_completed=4, cycles=4).id
            for _ in range(n)]


def test_editing_keeps_a_link_to_an_older_session(ctx, form, qtbot):
    # The combo lists only the latest sessions; the linked one is older than all of them.
    ids = _breathing_sessions(ctx, 12)
    entry = ctx.regulation.add_entry(situation="tense call", emotions=[("tense", 7, 3)],
                                     strategy="Breathing exercise", helpfulness=3,
                                     practice_session_id=ids[0])
    form.load(ctx.regulation.get(entry.id))
    assert form.practice.isVisible() and form.practice.currentData() == ids[0]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert ctx.regulation.get(entry.id).practice_session_id == ids[0]


def test_editing_keeps_a_link_the_strategy_does_not_offer(ctx, form, qtbot):
    # As `stillpoint regulate add --strategy Reappraisal --practice N` makes it.
    [sid] = _breathing_sessions(ctx, 1)
    entry = ctx.regulation.add_entry(situation="after the walk", emotions=[("calm", 5, 6)],
                                     strategy="Reappraisal", helpfulness=2,
                                     practice_session_id=sid)
    form.load(ctx.regulation.get(entry.id))
    assert form.practice.isVisible() and form.practice.currentData() == sid  # shown, not hidden
    qtbot.mouseClick(form.helpful.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    changed = ctx.regulation.get(entry.id)
    assert (changed.helpfulness, changed.practice_session_id) == (4, sid)


def test_the_link_survives_a_change_of_strategy_and_goes_when_unlinked(ctx, form, qtbot):
    ids = _breathing_sessions(ctx, 12)
    entry = ctx.regulation.add_entry(situation="tense call", emotions=[("tense", 7, 3)],
                                     strategy="Breathing exercise", helpfulness=3,
                                     practice_session_id=ids[0])
    form.load(ctx.regulation.get(entry.id))
    form.strategy.setCurrentIndex(form.strategy.findText("Reappraisal"))
    assert form.practice.currentData() == ids[0]
    form.strategy.setCurrentIndex(form.strategy.findText("Breathing exercise"))
    assert form.practice.currentData() == ids[0]
    form.practice.setCurrentIndex(form.practice.findData(None))  # the user unlinks it
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert ctx.regulation.get(entry.id).practice_session_id is None


def test_a_new_entry_shows_no_link_after_editing_one(ctx, form, qtbot):
    [sid] = _breathing_sessions(ctx, 1)
    entry = ctx.regulation.add_entry(situation="after the walk", emotions=[("calm", 5, 6)],
                                     strategy="Reappraisal", helpfulness=2,
                                     practice_session_id=sid)
    form.load(ctx.regulation.get(entry.id))
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    form.strategy.setCurrentIndex(form.strategy.findText("Reappraisal"))
    assert not form.practice.isVisible() and form.values().practice_session_id is None
