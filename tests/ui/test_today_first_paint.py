"""The start page's first frame does not grow with history: today's check-in rows (below
the fold) are built once the page has been painted; the welcome still goes at once."""

from __future__ import annotations

from ui.today.page import EntryRow


def _rows(page) -> int:
    box = page.entries_box
    return sum(isinstance(box.itemAt(i).widget(), EntryRow) for i in range(box.count()))


def test_rows_of_a_busy_day_follow_the_first_paint(ctx, qtbot):
    from ui.application import build_window

    for energy in range(-3, 4):
        ctx.mood.add_checkin(pleasantness=1, energy=energy)
    window = build_window(ctx, silent=True)
    window.persist_geometry = False
    qtbot.addWidget(window)
    page = window.current_page()
    assert page.key == "today"
    assert _rows(page) == 0  # built, not yet painted: no rows yet
    assert page.welcome is None  # the welcome is gone before the first frame, not after
    window.show()
    qtbot.waitUntil(lambda: _rows(page) == 7, timeout=5000)


def test_entry_count_and_a_refresh_never_show_rows_twice(ctx, qtbot):
    from ui.application import build_window

    ctx.mood.add_checkin(pleasantness=2, energy=2)
    window = build_window(ctx, silent=True)
    window.persist_geometry = False
    qtbot.addWidget(window)
    page = window.current_page()
    assert page.entry_count() == 1  # asking shows the rows at once
    ctx.mood.add_checkin(pleasantness=-1, energy=0)  # refreshes the page
    window.show()
    qtbot.wait(200)  # the deferred rows, had they stayed due, would have come by now
    assert page.entry_count() == 2 and _rows(page) == 2
