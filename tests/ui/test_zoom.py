"""Text zoom: Ctrl++ / Ctrl+- / Ctrl+0 scale the application font and the style sheet's
titles, the choice is kept in settings, and a large system font grows the titles too."""

from __future__ import annotations

import pytest

from app.errors import UserError
from ui.accessibility import zoom
from ui.qt import QApplication, QFont, QLabel, Qt

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app_font_restored(qapp):
    yield
    zoom.apply_font(qapp, 100)


def title_points(window) -> float:
    title = next(w for w in window.current_page().findChildren(QLabel)
                 if w.property("role") == "title" and w.isVisible())
    return title.fontInfo().pointSizeF()


def focus(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_plus_minus_zero_scale_text_and_are_kept(window, ctx, qtbot, app_font_restored):
    focus(qtbot, window)
    app = QApplication.instance()
    body = zoom.system_font(app).pointSizeF()
    assert app.font().pointSizeF() == pytest.approx(body)
    title = title_points(window)

    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert ctx.settings.get("text_zoom") == 110
    assert app.font().pointSizeF() == pytest.approx(body * 1.1)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)  # Ctrl+= too: no Shift needed for +
    assert ctx.settings.get("text_zoom") == 125
    assert app.font().pointSizeF() == pytest.approx(body * 1.25)
    assert title_points(window) > title * 1.15  # the style sheet's title size grew too

    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert ctx.settings.get("text_zoom") == 80
    assert app.font().pointSizeF() == pytest.approx(body * 0.8)
    assert title_points(window) < title

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert ctx.settings.get("text_zoom") == 100
    assert app.font().pointSizeF() == pytest.approx(body)
    assert title_points(window) == pytest.approx(title, abs=0.5)


def test_zoom_survives_a_restart(ctx, qtbot, app_font_restored):
    from ui.application import build_window

    ctx.settings.set("text_zoom", 150)
    win = build_window(ctx, silent=True)
    win.persist_geometry = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    app = QApplication.instance()
    assert app.font().pointSizeF() == pytest.approx(zoom.system_font(app).pointSizeF() * 1.5)


def test_only_known_steps_are_stored(ctx):
    with pytest.raises(UserError):
        ctx.settings.set("text_zoom", 3000)
    assert [zoom.step(200, 1), zoom.step(80, -1), zoom.step(100, 1), zoom.step(150, -1)] \
        == [200, 80, 110, 125]


def test_a_large_system_font_grows_the_titles(qapp, monkeypatch, app_font_restored):
    monkeypatch.setattr(zoom, "_system_font", QFont("Sans Serif", 16))
    zoom.apply_font(qapp, 100)
    assert qapp.font().pointSizeF() == pytest.approx(16)
    scale = zoom.sheet_scale(qapp)
    assert scale == pytest.approx(16 / zoom.REFERENCE_POINTS)
    sheet = zoom.scaled_sheet("QLabel { font-size: 22pt; }", scale)
    assert sheet == f"QLabel {{ font-size: {22 * 16 / 11:.4g}pt; }}"
