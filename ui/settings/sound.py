"""Settings card "Sound and voice": cue volume, no-sound, spoken guidance, reduced motion."""

from __future__ import annotations

from typing import Any

from app.events import EventHub, SettingChanged
from app.settings.service import SettingsService
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSlider,
    Qt,
    QTimer,
    QWidget,
)
from ui.sound import Sound
from ui.widgets.card import Card, label
from ui.widgets.form_fields import spaced_form
from ui.widgets.subscriptions import subscribe

STORE_AFTER_MS = 300
NO_SOUND = QT_TRANSLATE_NOOP("SoundCard", "Stillpoint cannot play sound on this computer, so "
                             "sessions stay silent. The words and the moving circle still guide you.")
NO_VOICE = QT_TRANSLATE_NOOP("SoundCard", "No speaking voice is available on this computer, so the "
                             "guidance appears as words on the screen instead.")


def _slider(name: str, low: int, high: int, value: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setPageStep(max(1, (high - low) // 10))
    slider.setValue(value)
    slider.setAccessibleName(name)
    return slider


LABEL_COLUMN_EMS = 9  # every settings card's captions share this column width


def share_label_column(form: QFormLayout) -> None:
    """Give a form's captions one width, so fields start at the same x in every card."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if caption is not None:
            caption.setMinimumWidth(caption.fontMetrics().horizontalAdvance("M")
                                    * LABEL_COLUMN_EMS)


def _speed_words(step: int) -> str:
    if step == 0:
        return translate("SoundCard", "Natural pace")
    words = translate("SoundCard", "Faster") if step > 0 else translate("SoundCard", "Slower")
    return f"{words} ({step:+d})"


class SoundSettingsCard(Card):
    def __init__(self, settings: SettingsService, sound: Sound, hub: EventHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("SoundSettingsCard", "Sound and voice"), parent)
        self._settings = settings
        self._sound = sound
        self._checked = False
        self._watched_engine: object | None = None
        values = settings.all()

        form = spaced_form(row_spacing=12)
        self._add_sound_rows(form, values)
        self._add_voice_rows(form, values)
        self.try_button = QPushButton(translate("SoundSettingsCard", "Try it"))
        self.try_button.setAccessibleName(translate("SoundSettingsCard", "Try the sound and voice"))
        self.try_button.clicked.connect(self.try_it)
        row = QHBoxLayout()
        row.addWidget(self.try_button)
        row.addStretch(1)
        form.addRow("", row)
        self.reduced_motion = QCheckBox(
            translate(
                "SoundSettingsCard", "&Reduce motion: a quiet progress bar instead of the growing circle"
            )
        )
        self.reduced_motion.setChecked(bool(values["reduced_motion"]))
        form.addRow(self.reduced_motion)
        share_label_column(form)
        self._voice_captions = [
            form.labelForField(w)
            for w in (self.voice_rate.parentWidget(), self.voice_volume.parentWidget())
            if w is not None
        ]
        self.body.addLayout(form)
        self.notice = label("", "muted")
        self.notice.setAccessibleName(translate("SoundSettingsCard", "Sound notice"))
        self.notice.hide()
        self.body.addWidget(self.notice)
        self._show_values()
        self._connect(settings, hub)

    def _add_sound_rows(self, form: QFormLayout, values: dict[str, Any]) -> None:
        self.play_sounds = QCheckBox(
            translate("SoundSettingsCard", "&Play soft sounds for each part of the breath and the bells")
        )
        self.play_sounds.setChecked(not values["sound_muted"])
        form.addRow(self.play_sounds)
        self.volume = _slider(
            translate("SoundSettingsCard", "Sound volume"), 0, 100, round(values["sound_volume"] * 100)
        )
        self.volume_value = label("", "muted", wrap=False)
        form.addRow(
            translate("SoundSettingsCard", "Sound &volume"), self._with_value(self.volume, self.volume_value)
        )

    def _add_voice_rows(self, form: QFormLayout, values: dict[str, Any]) -> None:
        self.voice = QCheckBox(
            translate("SoundSettingsCard", "&Speak the guidance: “breathe in”, “hold”, “breathe out”")
        )
        self.voice.setChecked(bool(values["voice_enabled"]))
        form.addRow(self.voice)
        self.voice_rate = _slider(
            translate("SoundSettingsCard", "Voice speed"), -10, 10, round(values["voice_rate"] * 10)
        )
        self.voice_rate_value = label("", "muted", wrap=False)
        form.addRow(
            translate("SoundSettingsCard", "Voice spee&d"),
            self._with_value(self.voice_rate, self.voice_rate_value),
        )
        self.voice_volume = _slider(
            translate("SoundSettingsCard", "Voice volume"), 0, 100, round(values["voice_volume"] * 100)
        )
        self.voice_volume_value = label("", "muted", wrap=False)
        form.addRow(
            translate("SoundSettingsCard", "Voice vo&lume"),
            self._with_value(self.voice_volume, self.voice_volume_value),
        )

    def _connect(self, settings: SettingsService, hub: EventHub) -> None:
        self.play_sounds.toggled.connect(lambda on: settings.set("sound_muted", not on))
        # Stored once a slider has rested for a moment, not on every pixel of a drag.
        self._store_timer = QTimer(self)
        self._store_timer.setSingleShot(True)
        self._store_timer.setInterval(STORE_AFTER_MS)
        self._store_timer.timeout.connect(self.store_sliders)
        for slider in (self.volume, self.voice_rate, self.voice_volume):
            slider.valueChanged.connect(self._show_values)
            # A lambda: valueChanged's int would otherwise become start()'s interval.
            slider.valueChanged.connect(lambda _v: self._store_timer.start())
        self.voice.toggled.connect(lambda on: settings.set("voice_enabled", on))
        self.reduced_motion.toggled.connect(lambda on: settings.set("reduced_motion", on))
        subscribe(self, hub, SettingChanged, self._setting_changed)

    @staticmethod
    def _with_value(slider: QSlider, value: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(slider, 1)
        value.setMinimumWidth(110)
        row.addWidget(value)
        return box

    def store_sliders(self) -> None:
        self._store_timer.stop()
        for key, value in (
            ("sound_volume", self.volume.value() / 100),
            ("voice_rate", self.voice_rate.value() / 10),
            ("voice_volume", self.voice_volume.value() / 100),
        ):
            if value != self._settings.get(key):
                self._settings.set(key, value)

    def _show_values(self, *_args: object) -> None:
        sounds_on = self.play_sounds.isChecked()
        self.volume.setEnabled(sounds_on)
        self.volume_value.setText(
            f"{self.volume.value()}%" if sounds_on else translate("SoundSettingsCard", "Off")
        )
        voice_on = self.voice.isChecked()
        # Speech off: its speed and volume, their captions and values all look inactive.
        for widget in (
            self.voice_rate,
            self.voice_volume,
            self.voice_rate_value,
            self.voice_volume_value,
            *self._voice_captions,
        ):
            if widget is not None:
                widget.setEnabled(voice_on)
        self.voice_rate_value.setText(_speed_words(self.voice_rate.value()))
        self.voice_volume_value.setText(f"{self.voice_volume.value()}%")

    def try_it(self) -> None:
        self.store_sliders()
        self._sound.cues.play("inhale")
        self._sound.voice.say(translate("SoundSettingsCard", "breathe in"))

    # -- availability, said once here rather than during a session ---------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._checked:
            # Checked on first show, not at start-up: building the players costs time.
            self._checked = True
            self.refresh_notice()

    def refresh_notice(self) -> None:
        problems = []
        if self.play_sounds.isChecked() and not getattr(self._sound.cues, "available", True):
            problems.append(translate("SoundCard", NO_SOUND))
        if self.voice.isChecked():
            voice = self._sound.voice
            engine = getattr(voice, "qt_engine", None)
            if engine is not None and engine is not self._watched_engine:
                # An engine can become ready a moment after it is made.
                self._watched_engine = engine
                engine.stateChanged.connect(lambda _s: self.refresh_notice())
            if not voice.available:
                problems.append(translate("SoundCard", NO_VOICE))
        self.notice.setText("\n".join(problems))
        self.notice.setVisible(bool(problems))

    def _setting_changed(self, event: SettingChanged) -> None:
        if event.key in ("sound_muted", "voice_enabled"):
            self._show_values()
            if self._checked:
                self.refresh_notice()
