"""Small pieces the Meditate sections share: the after-session view, a thin progress line."""

from __future__ import annotations

from ui.breathing.calm import CalmRating
from ui.qt import QColor, QHBoxLayout, QPainter, QPalette, QPushButton, QRectF, QSizePolicy, Qt, QWidget
from ui.widgets.card import Card, Page, label


def minutes_text(seconds: float) -> str:
    """Whole minutes for a person, not a stopwatch: '8 minutes', 'under a minute'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def sentence(text: str) -> str:
    """A service message ('the file is gone') as a sentence on screen ('The file is gone.')."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?", "…")) else ".")


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FinishView(Page):
    """'Thank you for this time', what was logged, an optional calm rating and Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Thank you for taking this time", parent)
        card = Card()
        self.summary = label("")
        card.body.addWidget(self.summary)
        card.body.addSpacing(4)
        self.calm_after = CalmRating("How calm do you feel now? (optional)")
        card.body.addWidget(self.calm_after)
        row = QHBoxLayout()
        self.status = label("", "error")
        self.status.hide()
        self.save_button = QPushButton("Save and close")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        row.addWidget(self.status, 1)
        row.addStretch(1)  # keeps the button its own size while the status line is hidden
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        self.content.addWidget(card)
        self.finish()

    def show_result(self, title: str, summary: str) -> None:
        self.heading.setText(title)
        self.summary.setText(summary)
        self.calm_after.clear()
        self.status.hide()

    def show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


class ThinProgress(QWidget):
    """A 6 px rounded line in the theme's colours; quieter than a QProgressBar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Progress")

    def set_value(self, value: float) -> None:
        value = min(max(value, 0.0), 1.0)
        if abs(value - self._value) > 0.0005:
            self._value = value
            self.update()

    def value(self) -> float:
        return self._value

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        tokens = getattr(self.window(), "theme_tokens", None)  # set by the main window
        track = QColor(tokens.border) if tokens else self.palette().color(QPalette.ColorRole.Mid)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._value > 0:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            filled = QRectF(rect.x(), rect.y(), max(rect.height(), rect.width() * self._value),
                            rect.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
