"""Switching weeks on the Progress page stays cheap with years stored: the mood chart keeps
its plot items (new numbers only), and cards scrolled out of view are brought up to date
when they come into view (or are saved as an image), not on every switch."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stats.periods import week_of
from tests.app.stats_helpers import berlin

WEEK = week_of(dt.date(2026, 10, 21))


@pytest.fixture
def page(window, ctx, qtbot):
    for when, p in (("2026-10-13T10:00", -4), ("2026-10-20T10:00", 3)):
        ctx.mood.add_checkin(pleasantness=p, energy=0, at=berlin(when))
    progress = window.show_page("progress")
    qtbot.waitUntil(lambda: progress.charts is not None and progress.charts.complete)
    progress.show_day(WEEK.start)
    progress.verticalScrollBar().setValue(0)
    return progress


def test_a_week_switch_reuses_the_mood_chart_items(page):
    chart = page.charts.mood_chart
    items = (chart.means["pleasantness"], chart.bands["pleasantness"], chart.faint["energy"])
    page.step(-1)
    assert chart.plotted("pleasantness")[1] == -4.0
    assert (chart.means["pleasantness"], chart.bands["pleasantness"],
            chart.faint["energy"]) == items
    page.step(1)
    assert chart.plotted("pleasantness")[1] == 3.0
    _xs, faint = chart.faint["pleasantness"].getData()
    assert faint[1] == -4.0


def test_cards_out_of_view_wait_until_scrolled_to(page, qtbot, tmp_path):
    charts = page.charts
    sleep = charts.sleep_card
    before = sleep.shown
    calls = []
    charts._stats.mood_by_sleep = lambda window: calls.append(window) or []
    page.step(-1)
    assert calls == []  # far below the fold: no query on the switch
    assert sleep.before_export is not None
    page.ensureWidgetVisible(sleep)
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0].end == (WEEK.previous.end)
    assert sleep.shown == [] and before is not None
    page.verticalScrollBar().setValue(0)
    page.step(1)
    assert len(calls) == 1
    assert sleep.export_png(tmp_path / "sleep.png")  # saved as shown: brought up to date first
    assert len(calls) == 2
