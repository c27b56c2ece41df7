"""The check-in history's pieces: how a day is titled and the row for one check-in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from app.limits import INTENSITY_MAX
from app.mood.service import Checkin
from app.therapy.service import TherapyService
from app.timeutil import today
from ui.qt import Qt
from ui.widgets.card import label
from ui.widgets.list_row import ListRow
from ui.widgets.mood_plane import MoodMark, describe


def day_title(day: dt.date) -> str:
    if day == today():
        return "Today"
    if day == today() - dt.timedelta(days=1):
        return "Yesterday"
    return f"{day:%A}, {day.day} {day:%B %Y}"


class CheckinRow(ListRow):
    def __init__(self, checkin: Checkin, on_edit: Callable[[Checkin], None],
                 on_delete: Callable[[Checkin], None],
                 therapy: TherapyService | None = None) -> None:
        super().__init__(checkin.local_time.strftime("%H:%M"), when_width=48)
        self.checkin = checkin
        self.mark = MoodMark(checkin.pleasantness, checkin.energy)
        self.line.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = describe(checkin.pleasantness, checkin.energy)
        # "calm 6/10": the number is how strong the word felt, on its scale.
        extra = [", ".join(f"{e.word} {e.intensity}/{INTENSITY_MAX}" for e in checkin.emotions),
                 " · ".join([t.name for t in checkin.tags]
                            + ([f"slept {checkin.sleep_hours:g} h"]
                               if checkin.sleep_hours is not None else [])),
                 checkin.note or ""]
        self.text = label(escape(words, quote=False) + "".join(
            f"<br><span style='opacity:0.75'>{escape(x, quote=False)}</span>" for x in extra if x))
        self.line.addWidget(self.text, 1)
        self.add_actions(f"the check-in at {checkin.local_time:%H:%M}",
                         lambda: on_edit(self.checkin), lambda: on_delete(self.checkin),
                         session=("checkin", checkin.id), therapy=therapy)
        self.delete_button.setProperty("quiet", True)  # muted: Edit is the everyday action
