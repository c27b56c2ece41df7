"""Small pieces the Meditate sections share: wording, saving calm-after, a thin progress line."""

from __future__ import annotations

from app.errors import UserError
from app.practice.service import PracticeRecord, PracticeService
from ui.i18n import translate
from ui.qt import QAbstractButton, QColor, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget
from ui.widgets.calm import FinishView
from ui.widgets.card import label
from ui.widgets.slim_bar import SlimBar


def minutes_text(seconds: float) -> str:
    """Whole minutes for a person, not a stopwatch: '8 minutes', 'under a minute'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return translate("Minutes", "under a minute")
    if minutes == 1:
        return translate("Minutes", "1 minute")
    return translate("Minutes", "{count} minutes").format(count=minutes)


def save_calm_after(practice: PracticeService, record: PracticeRecord | None,
                    after: FinishView) -> bool:
    """Store the optional calm-after rating; False, with the reason shown, when it failed."""
    value = after.calm_after.value()
    if record is not None and value is not None:
        try:
            practice.rate_calm(record.id, after=value)
        except UserError as error:
            after.status.show_error(error)
            return False
    return True


def titled_row(host: QWidget, title: str, *, spacing: int,
               title_style: str) -> tuple[QHBoxLayout, QVBoxLayout]:
    """A row of a list (scripts, tracks): a column of text, its title first, taking the
    room, then whatever is added to the row after it (buttons)."""
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 4, 0, 4)
    row.setSpacing(spacing)
    text = QVBoxLayout()
    text.setSpacing(2)
    heading = label(title)
    heading.setStyleSheet(title_style)
    text.addWidget(heading)
    row.addLayout(text, 1)
    return row, text


def name_buttons(title: str, *buttons: QAbstractButton) -> None:
    """Names each button for a screen reader by what it does to `title`: "Remove Rain"."""
    for button in buttons:
        button.setAccessibleName(f"{button.text().rstrip('…')} {title}")


class ThinProgress(SlimBar):
    """A 6 px rounded line in the theme's colours; quieter than a QProgressBar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float) -> None:
        value = min(max(value, 0.0), 1.0)
        if abs(value - self._value) > 0.0005:
            self._value = value
            self.update()

    def track_colour(self) -> QColor:
        tokens = getattr(self.window(), "theme_tokens", None)  # set by the main window
        return QColor(tokens.border) if tokens else super().track_colour()
