"""A breathing session that has ended (finished, stopped, or the app quitting) is freed.

Each session holds its schedule, every boundary and two timers; if the page kept them,
a day of short sessions would keep growing the process.
"""

from __future__ import annotations

import gc
import weakref

import pytest

from ui.qt import QApplication, QEvent, Qt


@pytest.fixture
def page(window, ctx):
    page = window.show_page("breathe")
    page.lead_in = 0.1  # the real 3 s settling-in pause would only slow the tests down
    saved = ctx.breathing.create_pattern(name="Quick", inhale=0.5, hold_in=0.0, exhale=0.5,
                                         hold_out=0.0)
    page.setup.select(saved.to_pattern().key)
    page.setup.by_cycles.setChecked(True)
    page.setup.cycles.setValue(1)
    return page


def _run(page, qtbot, end) -> tuple[weakref.ref, weakref.ref, list[weakref.ref]]:
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    session = page.session
    refs = (weakref.ref(session), weakref.ref(session.schedule),
            [weakref.ref(t) for t in (session._timer, session._cue_timer)])
    end(session)
    qtbot.waitUntil(lambda: page.currentWidget() is not page.running, timeout=5000)
    del session
    return refs


def _collected(refs) -> bool:
    # deleteLater runs on the next turn of the event loop; then Python lets go.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    session, schedule, timers = refs
    return session() is None and schedule() is None and all(t() is None for t in timers)


def _finish(_session) -> None:
    pass  # it runs to its end by itself


def _stop(session) -> None:
    session.stop()


@pytest.mark.parametrize("end", [_finish, _stop], ids=["finished", "stopped"])
def test_an_ended_session_is_freed(page, qtbot, end):
    for _ in range(3):
        refs = _run(page, qtbot, end)
        if end is _stop:
            assert page.currentWidget() is not page.running
        else:
            qtbot.waitUntil(lambda: page.currentWidget() is page.after, timeout=5000)
            page.save_rating()
        assert _collected(refs), "the ended session (or its schedule, or a timer) is still alive"


def test_a_session_ended_by_quitting_is_freed(page, qtbot):
    def quit_app(_session) -> None:
        page.stop()  # what aboutToQuit does

    refs = _run(page, qtbot, quit_app)
    assert _collected(refs)


def test_a_session_shown_in_focus_mode_is_freed(page, qtbot):
    def in_focus(session) -> None:
        page.toggle_focus()
        assert page.focus_window is not None
        qtbot.waitUntil(lambda: session.state is not None)
        page.stop()

    refs = _run(page, qtbot, in_focus)
    assert page.focus_window is None
    assert _collected(refs)
