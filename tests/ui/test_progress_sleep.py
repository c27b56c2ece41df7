"""The Progress page's "Sleep and mood" card shows the groups the stats compute, and an
invitation instead while there are too few days to compare."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stats.periods import week_of
from tests.app.stats_helpers import berlin

WEEK = week_of(dt.date(2026, 10, 21))


def _cells(card) -> list[list[str]]:
    grid = card.rows
    return [[grid.itemAtPosition(r, c).widget().text() for c in range(grid.columnCount())
             if grid.itemAtPosition(r, c) is not None] for r in range(grid.rowCount())]


@pytest.fixture
def progress(window, qtbot):
    page = window.show_page("progress")
    qtbot.waitUntil(lambda: page.charts is not None and page.charts.complete)
    return page


def test_card_shows_the_computed_groups(progress, ctx):
    card = progress.charts.sleep_card
    progress.show_day(WEEK.start)
    assert "note your sleep" in _cells(card)[0][0]
    # Three short nights then three long ones, inside the 12 weeks the card looks at.
    for i, (p, e, hours) in enumerate([(-2, -1, 5), (-1, -2, 5.5), (0, 0, 4),
                                       (3, 1, 8), (2, 2, 7.5), (1, 3, 9)]):
        day = WEEK.start + dt.timedelta(days=i)
        ctx.mood.add_checkin(pleasantness=p, energy=e, sleep_hours=hours,
                             at=berlin(f"{day.isoformat()}T08:00"))
    ctx.mood.add_checkin(pleasantness=4, energy=0, at=berlin(f"{WEEK.start}T20:00"))
    groups = ctx.stats.mood_by_sleep(progress.charts._pattern_window(WEEK, WEEK.end)[0])
    assert card.shown == [(g.label, g.pleasantness, g.energy, g.days) for g in groups]
    # Monday's means are (-2 + 4) / 2 = 1 and (-1 + 0) / 2 = -0.5, so the short nights
    # average (1 - 1 + 0) / 3 = 0 and (-0.5 - 2 + 0) / 3 = -0.83.
    assert _cells(card) == [["night's sleep", "pleasantness", "energy", "days"],
                            ["Under 6 hours", "0.0", "-0.8", "3 days"],
                            ["7½ hours or more", "+2.0", "+2.0", "3 days"]]
    assert "not a cause" in card.caption.text()
    assert not card.export_button.isVisible()
