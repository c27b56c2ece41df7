"""Chart colours for the light and dark themes, and the diverging mood ramp (UI.md)."""

from __future__ import annotations

from dataclasses import dataclass

from ui.qt import QColor
from ui.theme import DARK, Tokens

# Unpleasant blue-violet -> neutral sand -> pleasant teal-green; never red for "bad".
RAMP_LIGHT = ((-5.0, "#5B5EA6"), (0.0, "#E6D6B3"), (5.0, "#2A8C72"))
RAMP_DARK = ((-5.0, "#7B7FD0"), (0.0, "#8C7F62"), (5.0, "#47B394"))


@dataclass(frozen=True)
class ChartColours:
    background: str
    text: str
    muted: str
    grid: str
    empty: str
    pleasantness: str
    energy: str
    kinds: dict[str, str]
    ramp: tuple[tuple[float, str], ...]
    # On the dark surface the same alpha all but hid the grid and the previous period's
    # lines, so each theme has its own.
    grid_alpha: float = 0.25
    faint_alpha: int = 110

    def mood(self, value: float) -> QColor:
        """The ramp colour for a mean pleasantness from -5 to 5."""
        (v0, c0), (v1, c1), (v2, c2) = self.ramp
        low, high, t = (c0, c1, (value - v0) / (v1 - v0)) if value < v1 else \
            (c1, c2, (value - v1) / (v2 - v1))
        t = max(0.0, min(1.0, t))
        a, b = QColor(low), QColor(high)
        return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                               a.greenF() + (b.greenF() - a.greenF()) * t,
                               a.blueF() + (b.blueF() - a.blueF()) * t)


def colours_for(tokens: Tokens) -> ChartColours:
    dark = tokens.name == DARK.name
    return ChartColours(
        background=tokens.surface,
        text=tokens.text,
        muted=tokens.muted,
        grid=tokens.muted,  # the border token was lost against the dark surface
        empty="#2A2E35" if dark else "#EEEBE6",
        pleasantness=tokens.primary,
        energy=tokens.accent if dark else "#B7823F",  # sand darkened for contrast on white
        kinds={
            "breathing": tokens.primary,
            "visualization": "#9C9AE0" if dark else "#6C6AB8",
            "timer": tokens.accent if dark else "#C8944F",
            "audio": "#8E949E" if dark else "#8A9099",
        },
        ramp=RAMP_DARK if dark else RAMP_LIGHT,
        grid_alpha=0.32 if dark else 0.25,
        faint_alpha=170 if dark else 110,
    )
