"""Choosing an ambient background (and its volume), and playing it softly under a session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from audio.ambient import AMBIENTS, FADE_SECONDS, NONE, ambient, ambient_path
from ui.i18n import translate
from ui.meditate.deps import Deps
from ui.qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QObject,
    QSlider,
    Qt,
    QWidget,
    Signal,
)
from ui.widgets.card import label

if TYPE_CHECKING:
    from audio.media import MediaPlayer


class AmbientChooser(QWidget):
    """'Background: [Silence v]  volume ----o--'; remembered in settings for next time."""

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = deps.settings
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        caption = label(translate("AmbientChooser", "&Background sound"), wrap=False)
        self.combo = QComboBox()
        for choice in AMBIENTS:
            self.combo.addItem(choice.label, choice.key)
        self.combo.setAccessibleName(translate("AmbientChooser", "Background sound"))
        caption.setBuddy(self.combo)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(translate("AmbientChooser", "Background volume"))
        self.volume.setToolTip(translate("AmbientChooser", "Background volume"))
        self.volume.setMaximumWidth(200)
        values = deps.settings.all()
        self.combo.setCurrentIndex(max(0, self.combo.findData(ambient(values["ambient_sound"]).key)))
        self.volume.setValue(round(float(values["ambient_volume"]) * 100))
        row.addWidget(caption)
        row.addWidget(self.combo)
        row.addSpacing(8)
        row.addWidget(label(translate("AmbientChooser", "Volume"), "muted", wrap=False))
        row.addWidget(self.volume, 1)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.volume.sliderReleased.connect(self._volume_set)
        self.volume.valueChanged.connect(lambda _v: None if self.volume.isSliderDown()
                                         else self._volume_set())

    def key(self) -> str:
        return self.combo.currentData()

    def showEvent(self, event) -> None:
        # The volume may have been changed live during the last session (LiveVolume).
        self.volume.setValue(round(float(self._settings.get("ambient_volume")) * 100))
        super().showEvent(event)

    def level(self) -> float:
        return self.volume.value() / 100

    def _chosen(self) -> None:
        self._settings.set("ambient_sound", self.key())

    def _volume_set(self) -> None:
        if abs(float(self._settings.get("ambient_volume")) - self.level()) > 1e-9:
            self._settings.set("ambient_volume", self.level())


class AmbientSound(QObject):
    """The background loop of one session: fades in at the start and out at the end."""

    playing_changed = Signal(bool)  # a loop began (True) or was stopped (False)

    def __init__(self, deps: Deps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._player: MediaPlayer | None = None
        self.key = NONE
        self.level = 0.0  # the volume asked for; the player's own reading dips while fading

    @property
    def player(self) -> MediaPlayer | None:
        return self._player

    def start(self, key: str, volume: float) -> None:
        self.stop(fade=False)
        self.key = ambient(key).key
        path = ambient_path(self.key)
        if path is None:
            return
        player = self._player = self._player or self._deps.media_player(self)
        self.level = volume
        player.set_volume(volume)
        player.load(path, loop=True)
        player.play(fade_in=FADE_SECONDS)
        self.playing_changed.emit(True)

    @property
    def playing(self) -> bool:
        """A loop belongs to the session now (paused counts: it carries on later)."""
        return self._player is not None and self.key != NONE

    def set_volume(self, volume: float) -> None:
        self.level = volume
        if self._player is not None and self.playing:
            self._player.set_volume(volume)

    def pause(self, paused: bool) -> None:
        if self._player is None or self.key == NONE:
            return
        if paused:
            self._player.pause()
        else:
            self._player.play()

    def stop(self, *, fade: bool = True) -> None:
        was_playing = self.playing
        if self._player is not None and was_playing:
            self._player.stop(fade_out=FADE_SECONDS if fade else 0.0)
        self.key = NONE
        if was_playing:
            self.playing_changed.emit(False)


class VolumeSlider(QSlider):
    """A 0-100 slider that keeps the arrow keys while it has focus: the guided player binds
    Left/Right to its steps, and a shortcut would otherwise win over the focused slider."""

    KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
            Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setRange(0, 100)
        self.setSingleStep(5)
        self.setPageStep(10)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in self.KEYS):
            event.accept()
            return True
        return super().event(event)


class LiveVolume(QWidget):
    """'Background volume ----o--' in a running session: turns the playing loop up or down
    at once and remembers the level for next time; hidden while no background sound plays."""

    def __init__(self, deps: Deps, sound: AmbientSound, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = deps.settings
        self._sound = sound
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        caption = label(translate("LiveVolume", "Background &volume"), "caption", wrap=False)
        self.slider = VolumeSlider()
        self.slider.setAccessibleName(translate("LiveVolume", "Background volume"))
        self.slider.setToolTip(translate("LiveVolume", "Background volume (arrow keys when focused)"))
        self.slider.setFixedWidth(160)
        caption.setBuddy(self.slider)
        row.addWidget(caption)
        row.addWidget(self.slider)
        self.slider.valueChanged.connect(self._moved)
        # One settings write when a drag ends, not one per pixel along the way.
        self.slider.sliderReleased.connect(self._store)
        sound.playing_changed.connect(self._follow)
        self.hide()

    def _follow(self, playing: bool) -> None:
        if playing:
            self.slider.blockSignals(True)  # showing the level is not a change to it
            self.slider.setValue(round(self._sound.level * 100))
            self.slider.blockSignals(False)
        self.setVisible(playing)

    def _moved(self, value: int) -> None:
        self._sound.set_volume(value / 100)
        if not self.slider.isSliderDown():
            self._store()

    def _store(self) -> None:
        level = self.slider.value() / 100
        if abs(float(self._settings.get("ambient_volume")) - level) > 1e-9:
            self._settings.set("ambient_volume", level)
