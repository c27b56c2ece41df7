"""A track in the My audio list, and the dialog for its title, tags and copy-or-link."""

from __future__ import annotations

from pathlib import Path

from app.meditation.audio_library import Track
from app.meditation.timer import clock_text
from ui.meditate.common import name_buttons, titled_row
from ui.qt import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons


def track_meta(track: Track) -> str:
    parts = [clock_text(track.duration_seconds) if track.duration_seconds else "length not known yet"]
    if track.tags:
        parts.append(", ".join(track.tags))
    parts.append("kept in Stillpoint's folder" if track.copied else "linked where it is")
    return "  ·  ".join(parts)


class TrackRow(QWidget):
    def __init__(self, track: Track) -> None:
        super().__init__()
        self.track = track
        row, text = titled_row(self, track.title, spacing=12, title_style="font-weight: 600;")
        text.addWidget(label(track_meta(track), "caption"))
        self.problem = label(track.problem or "", "error")
        text.addWidget(self.problem)
        self.problem.setVisible(bool(track.problem))
        self.find_button = QPushButton("Find the file…")
        self.edit_button = QPushButton("Details")
        self.remove_button = QPushButton("Remove")
        self.play_button = QPushButton("Play")
        self.play_button.setEnabled(not track.problem)
        name_buttons(track.title, self.find_button, self.edit_button, self.remove_button,
                     self.play_button)
        for button in (self.find_button, self.edit_button, self.remove_button,
                       self.play_button):
            row.addWidget(button)
        # Only after adding: a parentless widget told to show would open as its own window.
        self.find_button.setVisible(bool(track.problem))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class TrackDialog(QDialog):
    """Title, tags and copy-or-link, for an import or for changing a track's details."""

    def __init__(self, *, files: list[Path] | None = None, track: Track | None = None,
                 copy_default: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to your audio" if files else "Track details")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        if files:
            names = ", ".join(p.name for p in files[:3]) + (" …" if len(files) > 3 else "")
            column.addWidget(label(f"Adding {len(files)} file{'s' if len(files) != 1 else ''}: "
                                   f"{names}", "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.title = QLineEdit(track.title if track else "")
        self.title.setPlaceholderText("Taken from the file name")
        self.tags = QLineEdit(", ".join(track.tags) if track else "")
        self.tags.setPlaceholderText("for example: sleep, body scan, morning")
        if track is not None or (files and len(files) == 1):
            form.addRow("&Title", self.title)
        form.addRow("Ta&gs", self.tags)
        align_form_labels(form)
        column.addLayout(form)
        self.copy = QRadioButton("&Keep a copy in Stillpoint's folder (it stays playable "
                                 "if you move the original)")
        self.link = QRadioButton("&Leave the file where it is and link to it (uses no extra "
                                 "space)")
        group = QButtonGroup(self)
        group.addButton(self.copy)
        group.addButton(self.link)
        (self.copy if copy_default else self.link).setChecked(True)
        if files:
            column.addWidget(self.copy)
            column.addWidget(self.link)
        row, _cancel, self.ok_button = dialog_buttons(self, "Add" if files else "Save",
                                                      self.accept)
        column.addLayout(row)
