"""The dialog that edits one check-in from the Log's history."""

from __future__ import annotations

from app.errors import UserError
from app.events import EventHub
from app.mood.service import Checkin, MoodService
from ui.i18n import clock_time, translate
from ui.log.history import day_title
from ui.qt import QDialog, QDialogButtonBox, QLayout, QWidget
from ui.widgets.card import label
from ui.widgets.checkin_form import CheckinForm
from ui.widgets.layouts import dialog_column
from ui.widgets.status_line import StatusLine


class CheckinEditDialog(QDialog):
    def __init__(self, mood: MoodService, hub: EventHub, checkin: Checkin,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood = mood
        self._checkin = checkin
        self.setWindowTitle(translate("CheckinEditDialog", "Edit check-in"))
        box = dialog_column(self, spacing=16)
        # Never smaller than the form needs, or the plane would slide under the note.
        box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        box.addWidget(
            label(
                translate("CheckinEditDialog", "{day} at {time}").format(
                    day=day_title(checkin.local_day), time=clock_time(checkin.local_time)
                ),
                "section",
            )
        )
        self.form = CheckinForm(mood, hub)
        self.form.load(checkin)
        self.form.submitted.connect(self.accept)
        box.addWidget(self.form)
        self.error = StatusLine(translate("CheckinEditDialog", "Check-in not saved"))
        box.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("CheckinEditDialog", "Save changes")
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.form.plane.setFocus()

    def accept(self) -> None:
        try:
            self._mood.update_checkin(self._checkin.id, self.form.values())
        except UserError as exc:
            self.error.show_error(exc)
            return
        super().accept()
