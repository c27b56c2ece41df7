"""Text size: the system font times the user's zoom (Ctrl++ / Ctrl+- / Ctrl+0).

The zoom is applied as the application font, so every widget sized from its font follows;
the style sheet's point sizes (titles, sections, captions) are scaled by the same factor,
and grow with a large system font too."""

from __future__ import annotations

import re

from app.settings.service import TEXT_ZOOM_STEPS
from ui.qt import QApplication, QFont

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
