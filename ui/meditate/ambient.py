"""Choosing an ambient background (and its volume), and playing it softly under a session."""

from __future__ import annotations

from audio.ambient import AMBIENTS, FADE_SECONDS, NONE, ambient, ambient_path
from ui.meditate.deps import Deps
from ui.qt import QComboBox, QHBoxLayout, QObject, QSlider, Qt, QWidget
from ui.widgets.card import label


class AmbientChooser(QWidget):
    """'Background: [Silence v]  volume ----o--'; remembered in settings for next time."""

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = deps.settings
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        caption = label("&Background sound", wrap=False)
        self.combo = QComboBox()
        for choice in AMBIENTS:
            self.combo.addItem(choice.label, choice.key)
        self.combo.setAccessibleName("Background sound")
        caption.setBuddy(self.combo)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName("Background volume")
        self.volume.setToolTip("Background volume")
        self.volume.setMaximumWidth(200)
        values = deps.settings.all()
        self.combo.setCurrentIndex(max(0, self.combo.findData(ambient(values["ambient_sound"]).key)))
        self.volume.setValue(round(float(values["ambient_volume"]) * 100))
        row.addWidget(caption)
        row.addWidget(self.combo)
        row.addSpacing(8)
        row.addWidget(label("Volume", "muted", wrap=False))
        row.addWidget(self.volume, 1)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.volume.sliderReleased.connect(self._volume_set)
        self.volume.valueChanged.connect(lambda _v: None if self.volume.isSliderDown()
                                         else self._volume_set())

    def key(self) -> str:
        return self.combo.currentData()

    def level(self) -> float:
        return self.volume.value() / 100

    def _chosen(self) -> None:
        self._settings.set("ambient_sound", self.key())

    def _volume_set(self) -> None:
        if abs(float(self._settings.get("ambient_volume")) - self.level()) > 1e-9:
            self._settings.set("ambient_volume", self.level())


class AmbientSound(QObject):
    """The background loop of one session: fades in at the start and out at the end."""

    def __init__(self, deps: Deps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._player = None
        self.key = NONE

    @property
    def player(self):
        return self._player

    def start(self, key: str, volume: float) -> None:
        self.stop(fade=False)
        self.key = ambient(key).key
        path = ambient_path(self.key)
        if path is None:
            return
        if self._player is None:
            self._player = self._deps.media_player(self)
        self._player.set_volume(volume)
        self._player.load(path, loop=True)
        self._player.play(fade_in=FADE_SECONDS)

    def pause(self, paused: bool) -> None:
        if self._player is None or self.key == NONE:
            return
        if paused:
            self._player.pause()
        else:
            self._player.play()

    def stop(self, *, fade: bool = True) -> None:
        if self._player is not None and self.key != NONE:
            self._player.stop(fade_out=FADE_SECONDS if fade else 0.0)
        self.key = NONE
