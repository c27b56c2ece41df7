"""A track in the My audio list, and the dialog for its title, tags and copy-or-link."""

from __future__ import annotations

from pathlib import Path

from app.meditation.audio_library import Track
from app.meditation.timer import clock_text
from ui.i18n import translate
from ui.meditate.common import name_buttons, titled_row
from ui.qt import (
    QButtonGroup,
    QDialog,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.form_fields import spaced_form
from ui.widgets.layouts import dialog_column


def track_meta(track: Track) -> str:
    parts = [clock_text(track.duration_seconds) if track.duration_seconds
             else translate("AudioTracks", "length not known yet")]
    if track.tags:
        parts.append(", ".join(track.tags))
    parts.append(translate("AudioTracks", "kept in Stillpoint's folder") if track.copied
                 else translate("AudioTracks", "linked where it is"))
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
        self.find_button = QPushButton(translate("TrackRow", "Find the file…"))
        self.edit_button = QPushButton(translate("TrackRow", "Details"))
        self.remove_button = QPushButton(translate("TrackRow", "Remove"))
        self.play_button = QPushButton(translate("TrackRow", "Play"))
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
        self.setWindowTitle(
            translate("TrackDialog", "Add to your audio")
            if files
            else translate("TrackDialog", "Track details")
        )
        column = dialog_column(self, spacing=12)
        if files:
            names = ", ".join(p.name for p in files[:3]) + (" …" if len(files) > 3 else "")
            column.addWidget(
                label(
                    translate("TrackDialog", "Adding {count} file{value}: {names}").format(
                        count=len(files), value="s" if len(files) != 1 else "", names=names
                    ),
                    "muted",
                )
            )
        form = spaced_form()
        self.title = QLineEdit(track.title if track else "")
        self.title.setPlaceholderText(translate("TrackDialog", "Taken from the file name"))
        self.tags = QLineEdit(", ".join(track.tags) if track else "")
        self.tags.setPlaceholderText(translate("TrackDialog", "for example: sleep, body scan, morning"))
        if track is not None or (files and len(files) == 1):
            form.addRow(translate("TrackDialog", "&Title"), self.title)
        form.addRow(translate("TrackDialog", "Ta&gs"), self.tags)
        align_form_labels(form)
        column.addLayout(form)
        self.copy = QRadioButton(
            translate(
                "TrackDialog",
                "&Keep a copy in Stillpoint's folder (it stays playable if you move the original)",
            )
        )
        self.link = QRadioButton(
            translate("TrackDialog", "&Leave the file where it is and link to it (uses no extra space)")
        )
        group = QButtonGroup(self)
        group.addButton(self.copy)
        group.addButton(self.link)
        (self.copy if copy_default else self.link).setChecked(True)
        if files:
            column.addWidget(self.copy)
            column.addWidget(self.link)
        row, _cancel, self.ok_button = dialog_buttons(
            self, translate("TrackDialog", "Add") if files else translate("TrackDialog", "Save"), self.accept
        )
        column.addLayout(row)
