"""After a breathing session the page offers to note it in the regulation log, linked."""

from __future__ import annotations

import pytest

from ui.qt import Qt


@pytest.fixture
def finished(window, ctx, qtbot):
    page = window.show_page("breathe")
    page.lead_in = 0.1
    saved = ctx.breathing.create_pattern(name="Quick", inhale=0.5, hold_in=0, exhale=0.5,
                                         hold_out=0)
    page.setup.select(saved.key)
    qtbot.mouseClick(page.setup.by_cycles, Qt.MouseButton.LeftButton)
    page.setup.cycles.setValue(1)
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.currentWidget() is page.after, timeout=10_000)
    return page


def test_the_offer_saves_a_linked_regulation_entry(finished, ctx, qtbot):
    offer = finished.after.offer
    assert offer is not None and offer.isVisible()
    qtbot.keyClicks(offer.situation, "after a tense meeting")
    qtbot.keyClicks(offer.word, "anxious")
    offer.helpful.set_value(3)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)

    entry = ctx.regulation.list_entries()[0]
    session = ctx.breathing.list_sessions()[0]
    assert entry.practice_session_id == session.id
    assert entry.situation == "after a tense meeting" and entry.helpfulness == 3
    assert finished.after.offer is None
    assert "Noted" in finished.after.offer_note.text()


def test_not_now_stores_nothing(finished, ctx, qtbot):
    qtbot.mouseClick(finished.after.offer.not_now, Qt.MouseButton.LeftButton)
    assert finished.after.offer is None
    assert ctx.regulation.list_entries() == []
    assert len(ctx.breathing.list_sessions()) == 1  # the session itself is kept


def test_a_finished_sitting_gets_the_same_offer(window, ctx, qtbot):
    class Clock:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    page = window.show_page("meditate")
    page.clock = clock = Clock()
    timer = page.show_tab("timer")
    timer.setup.minutes.setValue(1)
    timer.setup.warmup.setValue(0)
    qtbot.mouseClick(timer.setup.begin_button, Qt.MouseButton.LeftButton)
    clock.now += 61
    qtbot.waitUntil(lambda: timer.currentWidget() is timer.after, timeout=3000)
    offer = timer.after.offer
    assert offer is not None
    qtbot.keyClicks(offer.situation, "restless evening")
    qtbot.keyClicks(offer.word, "restless")
    offer.helpful.set_value(2)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert offer.status.text() == ""
    entry = ctx.regulation.list_entries()[0]
    assert entry.practice_session_id == ctx.practice.list_sessions(kind="timer")[0].id
