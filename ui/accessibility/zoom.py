"""Text size: the system font times the user's zoom (Ctrl++ / Ctrl+- / Ctrl+0).

The zoom is applied as the application font, so every widget sized from its font follows;
the style sheet's point sizes (titles, sections, captions) are scaled by the same factor,
and grow with a large system font too. A widget that sets its own font size (a countdown,
a caption, chart ticks) keeps it through an application font change, so it asks `follow`
to run its sizing again after every zoom step."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.settings.service import TEXT_ZOOM_STEPS
from ui.qt import QApplication, QFont, QObject, QWidget

DEFAULT = 100
REFERENCE_POINTS = 11.0  # the body size the style sheet's titles were drawn against

_system_font: QFont | None = None
_percent = DEFAULT
_POINTS = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def step(percent: int, direction: int) -> int:
    """The next zoom step up (+1) or down (-1); 0 goes back to 100 %."""
    if direction == 0:
        return DEFAULT
    steps = TEXT_ZOOM_STEPS
    if direction > 0:
        return next((s for s in steps if s > percent), steps[-1])
    return next((s for s in reversed(steps) if s < percent), steps[0])


def system_font(app: QApplication) -> QFont:
    """The font the system gave the app, captured before the first zoom changes it."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())
    return _system_font


def sheet_scale(app: QApplication) -> float:
    """How much the style sheet's point sizes grow: the zoom, and a large system font."""
    points = system_font(app).pointSizeF()
    return _percent / 100 * max(1.0, points / REFERENCE_POINTS if points > 0 else 1.0)


def scaled_sheet(sheet: str, scale: float) -> str:
    if scale == 1.0:
        return sheet
    return _POINTS.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.4g}pt", sheet)


def apply_font(app: QApplication, percent: int) -> QFont:
    """Set the application font to the system font at `percent`; returns it. The caller
    applies the style sheet again (ui/theme.py scales it through `sheet_scale`)."""
    global _percent
    _percent = percent if percent in TEXT_ZOOM_STEPS else DEFAULT
    base = system_font(app)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * _percent / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * _percent / 100)))
    app.setFont(font)
    return font


def percent() -> int:
    return _percent


def points(base_pt: float) -> float:
    """A fixed point size drawn against the 11 pt body (like the style sheet's titles), at
    the current zoom and system font."""
    app = QApplication.instance()
    return base_pt * sheet_scale(app) if isinstance(app, QApplication) else base_pt


def body_points() -> float:
    """The application font's size now: the system font at the current zoom."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else -1.0
    return size if size > 0 else REFERENCE_POINTS


class _Follower(QObject):
    """Runs a widget's sizing after each application font change. A child of the widget,
    so the connection ends with the widget; nothing watches the application's events."""

    def __init__(self, widget: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(widget)
        self._fit = fit
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._on_font_changed)

    def _on_font_changed(self, _font: QFont) -> None:
        self._fit()


def follow(widget: QWidget, fit: Callable[[], None]) -> None:
    """Call `fit` now and after every zoom step while `widget` lives. `fit` sizes from
    `points()` / `body_points()`: widgets' own fonts are not updated yet when it runs."""
    fit()
    _Follower(widget, fit)


def set_points(widget: QWidget, size: float) -> None:
    """Size `widget`'s text in its own style sheet (its only one: it replaces any other).
    Not setFont: re-applying the application's style sheet (theme, zoom) puts back the
    font a widget had when first polished; a widget's own sheet is applied again instead.
    The rest of a font set on it (weight, spacing) stays."""
    widget.setStyleSheet(f"font-size: {size:.4g}pt;")


def keep_points(widget: QWidget, base_pt: float) -> None:
    """Hold `widget`'s font at `base_pt` (against the 11 pt body) times the zoom."""

    follow(widget, lambda: set_points(widget, points(base_pt)))


def keep_scaled(widget: QWidget, factor: float, *, floor: float = 0.0) -> None:
    """Hold `widget`'s font at `factor` times the body font (at least `floor` pt)."""

    follow(widget, lambda: set_points(widget, max(floor, body_points() * factor)))
