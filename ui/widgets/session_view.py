"""The screen of a running practice (breathing, the meditation timer): a roomy column,
centred words, and a centred row of evenly wide controls."""

from __future__ import annotations

from typing import TypeVar

from ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget

L = TypeVar("L", bound=QLabel)


def session_column(host: QWidget) -> QVBoxLayout:
    column = QVBoxLayout(host)
    column.setContentsMargins(32, 28, 32, 28)
    column.setSpacing(12)
    return column


def centred(text: L) -> L:
    text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return text


def control_row(*buttons: QPushButton, width: int = 112) -> QHBoxLayout:
    """The buttons side by side in the middle, each at least `width` wide."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addStretch(1)
    for button in buttons:
        button.setMinimumWidth(width)
        row.addWidget(button)
    row.addStretch(1)
    return row
