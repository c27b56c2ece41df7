"""The Progress page: what the plot items hold equals values recomputed from the stored
rows; weeks change by keyboard; charts export as PNG; the report dialog writes a PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stats.periods import week_of
from tests.app.stats_helpers import berlin, by_day, expected_day
from ui.qt import QImage, Qt

DST_WEEK = week_of(dt.date(2026, 10, 21))


@pytest.fixture
def page(window, ctx, qtbot):
    entries = [("2026-10-19T07:10", 2, 1), ("2026-10-19T22:40", 4, -2), ("2026-10-19T12:00", -1, 3),
               ("2026-10-22T23:59", -3, -4), ("2026-10-25T00:30", 1, 1),
               ("2026-10-25T23:30", 5, 2), ("2026-10-26T00:15", -2, 0),
               ("2026-10-13T10:00", -4, -1), ("2026-10-13T18:00", -2, 2)]
    for when, p, e in entries:
        ctx.mood.add_checkin(pleasantness=p, energy=e, at=berlin(when))
    ctx.practice.log_session(kind="timer", ref="timer", title="Meditation timer",
                             planned_seconds=900, actual_seconds=900, completed=True,
                             started_at=berlin("2026-10-20T07:00"), calm_before=4, calm_after=7)
    progress = window.show_page("progress")
    # The first test also imports pyqtgraph: on a busy machine that alone can take 5 s.
    qtbot.waitUntil(lambda: progress.charts is not None and progress.charts.complete,
                    timeout=20000)
    progress.show_day(DST_WEEK.start)
    return progress


def _expected(data_dir, days, measure):
    stored = by_day(data_dir)
    return [expected_day(stored[d])[measure] if d in stored else None for d in days]


def test_weekly_chart_holds_the_recomputed_daily_means(page, data_dir):
    chart = page.charts.mood_chart
    for measure in ("pleasantness", "energy"):
        plotted = chart.plotted(measure)
        expected = _expected(data_dir, DST_WEEK.days, measure)
        assert [None if v is None else pytest.approx(v) for v in expected] == plotted
    stored = by_day(data_dir)
    ranges = [(expected_day(stored[d])["p_min"], expected_day(stored[d])["p_max"])
              for d in DST_WEEK.days if d in stored]
    assert chart.plotted_range("pleasantness") == [pytest.approx(r) for r in ranges]
    # The previous week drawn faintly holds that week's values.
    _xs, faint = chart.faint["pleasantness"].getData()
    assert faint[1] == pytest.approx(-3.0)
    assert "3 check-ins" in chart.tooltip_text(0) and "from -1 to +4" in chart.tooltip_text(0)
    assert chart.tooltip_text(2).endswith("Nothing logged")


def test_alt_arrows_move_between_weeks(page, qtbot, data_dir):
    page.prev_button.setFocus()
    qtbot.keyClick(page.prev_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period == DST_WEEK.next
    assert page.period_label.text() == "26 October – 1 November 2026"
    monday = page.charts.mood_chart.plotted("pleasantness")[0]
    assert monday == -2.0
    qtbot.keyClick(page.prev_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.prev_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period == DST_WEEK.previous
    assert page.charts.mood_chart.plotted("pleasantness")[1] == pytest.approx(-3.0)
    qtbot.keyClick(page.prev_button, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.period.contains(dt.date.today())


def test_month_and_year_views(page, qtbot, data_dir):
    qtbot.mouseClick(page.kind_buttons.buttons()[1], Qt.MouseButton.LeftButton)
    assert page.period.kind == "month" and page.period.start == dt.date(2026, 10, 1)
    plotted = page.charts.mood_chart.plotted("energy")
    expected = _expected(data_dir, page.period.days, "energy")
    assert plotted == [None if v is None else pytest.approx(v) for v in expected]
    qtbot.mouseClick(page.kind_buttons.buttons()[2], Qt.MouseButton.LeftButton)
    assert page.period.kind == "year" and page.charts.pixels_card.isVisible()
    pixels = page.charts.pixels
    sunday = dt.date(2026, 10, 25)
    assert pixels.days[sunday].pleasantness == pytest.approx(3.0)
    assert pixels.colour_of(sunday) != pixels.colour_of(dt.date(2026, 10, 22))
    assert pixels.colour_of(dt.date(2026, 1, 1)).name() == pixels.colours.empty.lower()


def test_new_checkin_redraws_the_shown_week(page, ctx):
    ctx.mood.add_checkin(pleasantness=-5, energy=0, at=berlin("2026-10-21T09:00"))
    assert page.charts.mood_chart.plotted("pleasantness")[2] == -5.0


def test_every_chart_exports_as_png(page, tmp_path):
    for card in page.charts.cards():
        if not card.export_button.isVisible():
            continue
        target = tmp_path / f"{card.file_stem}.png"
        assert card.export_png(target), card.title.text()
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 200
    assert "Saved to" in page.charts.mood_card.status.text()
    assert not page.charts.mood_card.export_png(tmp_path / "missing" / "x.png")
    assert "Could not save" in page.charts.mood_card.status.text()


def test_dark_theme_recolours_the_charts(page, ctx):
    from ui.theme import DARK

    ctx.settings.set("theme", "dark")
    background = page.charts.mood_chart.plot.backgroundBrush().color().name()
    assert background == DARK.surface.lower()


def test_report_dialog_writes_the_chosen_notes(page, ctx, qtbot, tmp_path):
    ctx.mood.add_checkin(pleasantness=1, energy=1, note="share this one",
                         at=berlin("2026-10-20T10:00"))
    ctx.mood.add_checkin(pleasantness=1, energy=1, note="keep this private",
                         at=berlin("2026-10-21T10:00"))
    page.open_report()
    dialog = page._report_dialog
    dialog._load_notes()
    items = [dialog.notes.item(i) for i in range(dialog.notes.count())]
    assert [i.text().split("·  ")[-1] for i in items] == ["share this one", "keep this private"]
    items[0].setCheckState(Qt.CheckState.Checked)
    request = dialog.request()
    assert "notes" in request.sections and len(request.note_ids) == 1
    data = ctx.stats.report(request)
    assert [n.note for n in data.notes] == ["share this one"]
    with qtbot.waitSignal(dialog.saved, timeout=20000) as signal:
        assert dialog.save_to(tmp_path / "r.pdf")
    pages, _path = signal.args
    assert pages >= 1 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert "Saved a" in dialog.status.text()
    dialog.close()


def test_page_is_cheap_until_shown(qtbot, ctx):
    """Constructing the window must not load pyqtgraph (start-up stays fast)."""
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from ui.qt import QApplication; app = QApplication([]);"
            "from app.context import open_context; from ui.application import build_window;"
            f"w = build_window(open_context({str(ctx.location.data_dir)!r}), silent=True);"
            "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.strip().endswith("[]"), result.stdout + result.stderr


def test_at_960_the_title_fits_and_nothing_scrolls_sideways(page, window, qtbot):
    from ui.widgets.card import TEXT_PAGE_WIDTH

    window.resize(960, 640)
    page.show_day(dt.date(2026, 11, 30))  # "30 November – 6 December 2026", a long title
    qtbot.waitUntil(lambda: page.period_label.text().startswith("30 November"))
    qtbot.wait(50)
    assert not page.horizontalScrollBar().isVisible()
    assert page.horizontalScrollBar().maximum() == 0
    title = page.period_label
    assert title.width() >= title.fontMetrics().horizontalAdvance(title.text())
    assert page.heading.parentWidget().maximumWidth() == TEXT_PAGE_WIDTH


def test_the_next_button_stays_put_and_the_picker_reads_like_the_title(page, window, qtbot):
    window.resize(1280, 800)
    page.show_day(dt.date(2026, 11, 30))
    qtbot.wait(50)
    before = page.next_button.mapTo(page, page.next_button.rect().topLeft())
    page.set_kind("month")  # "November 2026": a much shorter title
    qtbot.wait(50)
    assert page.next_button.mapTo(page, page.next_button.rect().topLeft()) == before
    start = page.period.start
    assert page.jump.text() == f"{start.day} {start:%b %Y}"  # "1 Nov 2026", not ISO
    assert not any(c.isdigit() for c in page.jump.displayFormat().split()[1])  # no "11"


def test_the_week_in_words_is_a_few_short_points(page, qtbot):
    html = page.review_text.text()
    points = html.count("<li")
    assert 3 <= points <= 5
    assert "habit strength" not in html.lower() or "how regular" in html


def test_in_the_dark_the_grid_and_last_week_stay_visible(page, ctx):
    from ui.progress.colours import colours_for
    from ui.theme import DARK, LIGHT

    def contrast(a, b):
        def lum(c):
            def ch(v):
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
        hi, lo = sorted((lum(a), lum(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    def over(hue, alpha, background):
        from ui.qt import QColor
        top, under = QColor(hue), QColor(background)
        return QColor.fromRgbF(*(a * alpha + b * (1 - alpha) for a, b in zip(
            (top.redF(), top.greenF(), top.blueF()),
            (under.redF(), under.greenF(), under.blueF()), strict=True)))

    from ui.qt import QColor
    # Thin dashed lines on a dark surface need more contrast than on white to be seen.
    for tokens, faint in ((LIGHT, 1.5), (DARK, 3.0)):
        c = colours_for(tokens)
        surface = QColor(c.background)
        assert contrast(over(c.grid, c.grid_alpha, c.background), surface) >= 1.3
        for hue in (c.pleasantness, c.energy):
            assert contrast(over(hue, c.faint_alpha / 255, c.background), surface) >= faint
    ctx.settings.set("theme", "dark")
    pen = page.charts.mood_chart.faint["pleasantness"].opts["pen"]
    assert pen.color().alpha() == colours_for(DARK).faint_alpha
