"""The player card shown above My audio while a track plays: position, pause, stop, volume."""

from __future__ import annotations

from ui.i18n import translate
from ui.qt import QHBoxLayout, QPushButton, QSlider, Qt
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine


class PlayerCard(Card):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("", "section")
        self.body.addWidget(self.title)
        self.state = label("", "muted")
        self.body.addWidget(self.state)
        seek_row = QHBoxLayout()
        self.position = label("0:00", "caption", wrap=False)
        self.length = label("", "caption", wrap=False)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName(translate("PlayerCard", "Position"))
        self.seek.setSingleStep(5)
        self.seek.setPageStep(30)
        seek_row.addWidget(self.position)
        seek_row.addWidget(self.seek, 1)
        seek_row.addWidget(self.length)
        self.body.addLayout(seek_row)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.play_button = QPushButton(translate("PlayerCard", "Pause"))
        self.play_button.setProperty("primary", True)
        self.stop_button = QPushButton(translate("PlayerCard", "Stop"))
        controls.addWidget(self.play_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(label(translate("PlayerCard", "Volume"), "muted", wrap=False))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(140)
        self.volume.setMaximumWidth(180)
        self.volume.setAccessibleName(translate("PlayerCard", "Volume"))
        controls.addWidget(self.volume)
        self.body.addLayout(controls)
        self.error = StatusLine(translate("PlayerCard", "Playback problem"))
        self.body.addWidget(self.error)
