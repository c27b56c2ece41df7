"""Today: a greeting, a one-minute mood check-in and what was noted today."""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.events import EventHub, MoodChanged
from app.services.mood import Checkin, MoodService
from app.timeutil import today
from ui.qt import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSlider, Qt, QVBoxLayout, QWidget,
)
from ui.widgets.card import Card, Page, label

PLEASANTNESS_WORDS = {
    -5: "very unpleasant", -4: "quite unpleasant", -3: "unpleasant", -2: "somewhat unpleasant",
    -1: "a little unpleasant", 0: "neither pleasant nor unpleasant", 1: "a little pleasant",
    2: "somewhat pleasant", 3: "pleasant", 4: "quite pleasant", 5: "very pleasant",
}
ENERGY_WORDS = {
    -5: "very low", -4: "quite low", -3: "low", -2: "somewhat low", -1: "a little low",
    0: "steady", 1: "a little lively", 2: "somewhat lively", 3: "lively", 4: "quite high",
    5: "very high",
}


def greeting(now: dt.datetime) -> str:
    if now.hour < 5:
        return "Hello, night owl"
    if now.hour < 12:
        return "Good morning"
    if now.hour < 18:
        return "Good afternoon"
    return "Good evening"


class LevelSlider(QWidget):
    """A -5..5 slider with its meaning in words, usable by keyboard alone."""

    def __init__(self, name: str, low: str, high: str, words: dict[int, str]) -> None:
        super().__init__()
        self._words = words
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.caption = label(name)
        self.caption.setProperty("role", "section")
        self.caption.setStyleSheet("font-size: 12pt;")
        self.value_label = label("", "value")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(-5, 5)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(name)
        self.slider.setTickPosition(QSlider.TickPosition.NoTicks)
        self.caption.setBuddy(self.slider)
        grid.addWidget(self.caption, 0, 0)
        grid.addWidget(self.value_label, 0, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.slider, 1, 0, 1, 3)
        grid.addWidget(label(low, "caption"), 2, 0)
        high_label = label(high, "caption")
        high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(high_label, 2, 2)
        self.slider.valueChanged.connect(self._show_value)
        self._show_value(0)

    def value(self) -> int:
        return self.slider.value()

    def set_value(self, value: int) -> None:
        self.slider.setValue(value)

    def _show_value(self, value: int) -> None:
        self.value_label.setText(f"{value:+d} · {self._words[value]}" if value else self._words[0])


class TodayPage(Page):
    key = "today"
    nav_label = "Today"
    icon_name = "today"

    def __init__(self, mood: MoodService, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._mood = mood
        self._shown_day: dt.date | None = None
        self.date_line = label("", "muted")
        self.content.insertWidget(1, self.date_line)
        self.content.insertWidget(2, label(
            "Take a moment to notice how you feel. There is no right answer.", "muted"))

        checkin = Card("How are you arriving?")
        self.pleasantness = LevelSlider(
            "&Pleasantness", "unpleasant", "pleasant", PLEASANTNESS_WORDS)
        self.energy = LevelSlider("&Energy", "low energy", "high energy", ENERGY_WORDS)
        checkin.body.addWidget(self.pleasantness)
        checkin.body.addSpacing(4)
        checkin.body.addWidget(self.energy)
        self.note = QLineEdit()
        self.note.setPlaceholderText("A few words about this moment (optional)")
        self.note.setAccessibleName("Note")
        self.note.returnPressed.connect(self.save_checkin)
        checkin.body.addWidget(self.note)
        actions = QHBoxLayout()
        self.status = label("", "muted")
        self.save_button = QPushButton("Save check-in")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_checkin)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        checkin.body.addLayout(actions)
        self.content.addWidget(checkin)

        entries_card = Card("Today so far")
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(8)
        entries_card.body.addLayout(self.entries_box)
        self.content.addWidget(entries_card)
        self.finish()

        hub.subscribe(MoodChanged, self._on_mood_changed)
        self.refresh()

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        now = dt.datetime.now()
        self._shown_day = today()
        self.heading.setText(greeting(now))
        self.date_line.setText(now.strftime("%A, %d %B %Y").replace(" 0", " "))
        self._show_entries(self._mood.list_for_day(self._shown_day))

    def _on_mood_changed(self, event: MoodChanged) -> None:
        if event.day == self._shown_day:
            self.refresh()

    def _show_entries(self, entries: list[Checkin]) -> None:
        while self.entries_box.count():
            item = self.entries_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not entries:
            self.entries_box.addWidget(label(
                "No check-ins yet today. Whenever you are ready, the sliders above are here.",
                "muted"))
            return
        for entry in entries:
            self.entries_box.addWidget(EntryRow(entry))

    def entry_count(self) -> int:
        return sum(
            isinstance(self.entries_box.itemAt(i).widget(), EntryRow)
            for i in range(self.entries_box.count())
        )

    # -- actions ---------------------------------------------------------------------
    def save_checkin(self) -> None:
        try:
            self._mood.add_checkin(
                pleasantness=self.pleasantness.value(),
                energy=self.energy.value(),
                note=self.note.text(),
            )
        except UserError as exc:
            self._set_status(str(exc).capitalize(), error=True)
            return
        self.note.clear()
        self._set_status("Saved. Thank you for checking in.")

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def self_check(self) -> str | None:
        return None if self.heading.text() else "the Today page did not load its greeting"


class EntryRow(QWidget):
    def __init__(self, entry: Checkin) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        time_label = QLabel(entry.local_time.strftime("%H:%M"))
        time_label.setProperty("role", "muted")
        time_label.setMinimumWidth(48)
        row.addWidget(time_label, 0, Qt.AlignmentFlag.AlignTop)
        words = (f"{PLEASANTNESS_WORDS[entry.pleasantness].capitalize()}, "
                 f"energy {ENERGY_WORDS[entry.energy]}")
        text = label(words)
        if entry.note:
            text.setText(f"{words}<br><span style='opacity:0.75'>{_escape(entry.note)}</span>")
        row.addWidget(text, 1)
        self.setAccessibleName(f"{entry.local_time:%H:%M} {words}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
