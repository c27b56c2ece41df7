"""The check-in form: a point on the mood plane, words for it, and optional details.

The first step is quick (point, words, a note); tags and sleep hours open on request, so a
check-in takes well under a minute. Used on Today and in the history's edit dialog."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from app.events import EventHub
from app.limits import SLEEP_MAX
from app.mood.service import Checkin, CheckinDraft, MoodService
from ui.i18n import translate
from ui.qt import (
    QDoubleSpinBox,
    QHBoxLayout,
    QKeySequence,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import label
from ui.widgets.emotion_picker import EmotionPicker
from ui.widgets.mood_plane import MoodPlane, describe

if TYPE_CHECKING:
    from ui.widgets.tag_picker import TagPicker

NO_SLEEP = -0.5  # the spin box's "not noted" value


class CheckinForm(QWidget):
    submitted = Signal()  # Return in the note, or Ctrl+Enter anywhere in the form

    def __init__(self, mood: MoodService, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)

        top = QHBoxLayout()
        top.setSpacing(24)
        self.plane = MoodPlane()
        self.plane.setFixedSize(248, 248)
        top.addWidget(self.plane, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(8)
        self.value_label = label("", "value")
        self.value_label.setAccessibleName(translate("CheckinForm", "Where you are on the plane"))
        side.addWidget(self.value_label)
        self.emotions = EmotionPicker()
        side.addWidget(self.emotions)
        # The note sits beside the plane, in the room under the words (no empty gap there,
        # and the save button stays above the fold at 1280x800 with the welcome card).
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("CheckinForm", "A few words about this moment (optional)"))
        self.note.setAccessibleName(translate("CheckinForm", "Note"))
        self.note.returnPressed.connect(self.submitted)
        side.addWidget(self.note)
        side.addStretch(1)
        top.addLayout(side, 1)
        box.addLayout(top)

        self.details_toggle = QPushButton(translate("CheckinForm", "Add details: what you were doing, sleep"))
        self.details_toggle.setProperty("flat", True)
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoDefault(False)
        self.details_toggle.toggled.connect(self.show_details)
        box.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(12)
        # The tag picker is built when first needed: the details start hidden.
        self._mood, self._hub = mood, hub
        self._tags: TagPicker | None = None
        self._details_box = details
        details.addLayout(self._sleep_row())
        self.details.hide()
        box.addWidget(self.details)

        self.plane.changed.connect(self._on_point)
        self.plane.typed.connect(self.emotions.take_typing)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter on the keypad too
            save = QShortcut(QKeySequence(keys), self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.submitted)
        self.emotions.changed.connect(self._fix_tab_order)
        self._on_point(0, 0)

    def _sleep_row(self) -> QHBoxLayout:
        sleep_row = QHBoxLayout()
        sleep_label = label(translate("CheckinForm", "Hours slept last night"), wrap=False)
        self.sleep = QDoubleSpinBox()
        self.sleep.setRange(NO_SLEEP, SLEEP_MAX)
        self.sleep.setSingleStep(0.5)
        self.sleep.setDecimals(2)  # the CLI stores 7.25; editing must not round it
        self.sleep.setSpecialValueText(translate("CheckinForm", "not noted"))
        self.sleep.setValue(NO_SLEEP)
        self.sleep.setAccessibleName(translate("CheckinForm", "Hours slept last night"))
        sleep_label.setBuddy(self.sleep)
        sleep_row.addWidget(sleep_label)
        sleep_row.addWidget(self.sleep)
        sleep_row.addStretch(1)
        return sleep_row

    # -- values ----------------------------------------------------------------------
    def values(self) -> CheckinDraft:
        """The draft for MoodService.add_checkin / update_checkin."""
        x, y = self.plane.value()
        sleep = self.sleep.value()
        return CheckinDraft(
            pleasantness=x, energy=y, note=self.note.text(),
            emotions=tuple(self.emotions.selected()), tags=self._chosen_tags(),
            sleep_hours=None if sleep < 0 else sleep,
        )

    def load(self, checkin: Checkin) -> None:
        self.plane.set_value(checkin.pleasantness, checkin.energy)
        self._on_point(checkin.pleasantness, checkin.energy)
        self.emotions.set_selected([(e.word, e.intensity) for e in checkin.emotions])
        self.tags.set_selected(list(checkin.tags))
        self.sleep.setValue(NO_SLEEP if checkin.sleep_hours is None else checkin.sleep_hours)
        self.note.setText(checkin.note or "")
        has_details = bool(checkin.tags) or checkin.sleep_hours is not None
        self.details_toggle.setChecked(has_details)

    def reset(self) -> None:
        """After saving: words, note and details clear; the point stays where you left it."""
        self.emotions.set_selected([])
        if self._tags is not None:
            self._tags.set_selected([])
        self.sleep.setValue(NO_SLEEP)
        self.note.clear()

    @property
    def tags(self) -> TagPicker:
        if self._tags is None:
            from ui.widgets.tag_picker import TagPicker

            self._tags = TagPicker(self._mood, self._hub)
            self._details_box.insertWidget(0, self._tags)
            self._tags.reloaded.connect(self._fix_tab_order)
        return self._tags

    def _chosen_tags(self) -> tuple[int, ...]:
        return tuple(self._tags.selected()) if self._tags is not None else ()

    def show_details(self, on: bool) -> None:
        if on:
            self.tags.ensure_loaded()  # reads the tag list only when someone wants it
        self.details.setVisible(on)
        self.details_toggle.setText(translate("CheckinForm", "Hide details") if on
                                    else translate("CheckinForm", "Add details: what you were doing, sleep"))
        self._fix_tab_order()

    # -- inside ----------------------------------------------------------------------
    def _on_point(self, x: int, y: int) -> None:
        self.value_label.setText(describe(x, y))
        self.emotions.set_point(x, y)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        # Chips come and go as the point moves; keep Tab flowing plane -> words -> note.
        chain = [self.plane, *self.emotions.focus_chain(), self.note, self.details_toggle]
        if self.details.isVisibleTo(self):
            chain += [*self.tags.focus_chain(), self.sleep]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
