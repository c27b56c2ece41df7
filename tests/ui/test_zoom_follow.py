"""Fonts a widget builds for itself (big countdowns, captions, chart ticks) follow a zoom
changed while their page is open: Ctrl++ grows them, Ctrl+0 brings them back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ui.accessibility import zoom
from ui.qt import QApplication, QLabel, Qt

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app_font_restored(qapp):
    yield
    zoom.apply_font(qapp, 100)


Probes = dict[str, Callable[[], float]]


def shown(widget: QLabel) -> Callable[[], float]:
    """The size the label's text is really drawn at (a style sheet can override setFont)."""
    return lambda: widget.fontInfo().pointSizeF()


def press(qtbot, window, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, CTRL)


def zoom_in_and_back(qtbot, window, probes: Probes, *, grow: float = 1.15,
                     zoom_in: Callable[[], None] | None = None,
                     reset: Callable[[], None] | None = None) -> None:
    """Every probe grows with the zoom (100 % -> 110 % -> 125 %) and Ctrl+0 brings it back."""
    before = {name: probe() for name, probe in probes.items()}
    for _ in range(2):
        zoom_in() if zoom_in else press(qtbot, window, Qt.Key.Key_Plus)
    assert zoom.percent() == 125
    grew = {name: probe() / before[name] for name, probe in probes.items()}
    assert min(grew.values()) > grow, grew
    reset() if reset else press(qtbot, window, Qt.Key.Key_0)
    assert zoom.percent() == 100
    assert {name: probe() for name, probe in probes.items()} == pytest.approx(before, abs=0.3)


def test_meditate_countdown_caption_and_tabs_follow(window, qtbot, app_font_restored):
    page = window.show_page("meditate")
    page.ensure_built()
    running, player = page.timer.running, page.guided.player
    zoom_in_and_back(qtbot, window, {"countdown": shown(running.countdown),
                                     "caption": shown(player.caption),
                                     "intro": shown(page.guided.intro.intro)})
    # A tab reserves the width of its bold text: that width grows with the text.
    widths = {key: (lambda b=button: float(b.minimumWidth()))
              for key, button in page.tab_buttons.items()}
    zoom_in_and_back(qtbot, window, widths, grow=1.05)


def test_assessment_question_follows(window, qtbot, app_font_restored):
    page = window.show_page("assessments")
    button = page.take_buttons["gad-7"]
    qtbot.waitUntil(button.isVisible)  # a layout shows new widgets from the event loop
    qtbot.mouseClick(button, LEFT)
    assert page.runner.isVisible() and page.runner.question.text()
    zoom_in_and_back(qtbot, window, {"question": shown(page.runner.question)})


def test_article_summary_and_measure_follow(window, qtbot, app_font_restored):
    from app.learn.library import articles

    page = window.show_page("learn")
    qtbot.waitUntil(page.isVisible)
    tile = page.list.tile(articles()[0].key)
    page.list.ensureWidgetVisible(tile)
    qtbot.mouseClick(tile, LEFT)
    reader = page.reader
    assert page.currentWidget() is reader
    zoom_in_and_back(qtbot, window, {
        "summary": shown(reader.summary),
        "body": lambda: reader.text.document().defaultFont().pointSizeF(),
        "measure": lambda: float(reader.measure.maximumWidth()),
    })


def test_painted_breathing_and_mood_fonts_follow(window, qtbot, app_font_restored):
    breathe = window.show_page("breathe")
    pacer = breathe.running.pacer
    today = window.show_page("today")
    zoom_in_and_back(qtbot, window, {
        "pacer caption": lambda: pacer._fonts()[0].pointSizeF(),
        "pacer count": lambda: pacer._fonts()[1].pointSizeF(),
        "mood plane": lambda: today.plane.font().pointSizeF(),
    })


def test_progress_chart_text_follows(window, qtbot, app_font_restored):
    from ui.progress.plot import CalmPlot

    page = window.show_page("progress")
    qtbot.waitUntil(lambda: page.charts is not None and page.charts.complete, timeout=20000)
    charts = page.charts
    probes: Probes = {
        "year pixels": lambda: charts.pixels.font().pointSizeF(),
        "mood plane": lambda: charts.plane.font().pointSizeF(),
    }
    for index, plot in enumerate(charts.findChildren(CalmPlot)):
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            probes[f"plot {index} {side}"] = lambda a=axis: a.style["tickFont"].pointSizeF()
    assert len(probes) > 4
    zoom_in_and_back(qtbot, window, probes)


def test_crisis_card_numbers_follow(window, ctx, qtbot, app_font_restored):
    from ui.safety.crisis_card import show_crisis_card

    card = show_crisis_card(window.current_page(), ctx.settings, ctx.safety)
    numbers = [w for w in card.findChildren(QLabel) if w.property("role") == "value"]
    assert numbers
    # The card is modal, so the zoom comes from the window's zoom action, not its keys.
    zoom_in_and_back(qtbot, window, {f"number {i}": shown(w) for i, w in enumerate(numbers)},
                     zoom_in=lambda: window.zoom_text(1), reset=lambda: window.zoom_text(0))
