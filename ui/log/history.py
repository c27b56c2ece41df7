"""The check-in history's pieces: how a day is titled and the row for one check-in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from app.limits import INTENSITY_MAX
from app.mood.service import Checkin
from app.therapy.service import TherapyService
from app.timeutil import today
from ui.i18n import clock_time, long_date, sleep_words, translate
from ui.qt import Qt
from ui.widgets.card import label
from ui.widgets.list_row import ListRow
from ui.widgets.mood_plane import MoodMark, describe


def day_title(day: dt.date) -> str:
    if day == today():
        return translate("LogPage", "Today")
    if day == today() - dt.timedelta(days=1):
        return translate("LogPage", "Yesterday")
    return long_date(day)


class CheckinRow(ListRow):
    def __init__(self, checkin: Checkin, on_edit: Callable[[Checkin], None],
                 on_delete: Callable[[Checkin], None],
                 therapy: TherapyService | None = None) -> None:
        super().__init__(clock_time(checkin.local_time), when_width=48)
        self.checkin = checkin
        self.mark = MoodMark(checkin.pleasantness, checkin.energy)
        self.line.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = describe(checkin.pleasantness, checkin.energy)
        # "calm 6/10": the number is how strong the word felt, on its scale.
        extra = [", ".join(f"{e.word} {e.intensity}/{INTENSITY_MAX}" for e in checkin.emotions),
                 " · ".join([t.name for t in checkin.tags]
                            + ([sleep_words(checkin.sleep_hours)]
                               if checkin.sleep_hours is not None else [])),
                 checkin.note or ""]
        self.text = label(escape(words, quote=False) + "".join(
            f"<br><span style='opacity:0.75'>{escape(x, quote=False)}</span>" for x in extra if x))
        self.line.addWidget(self.text, 1)
        what = translate("CheckinRow", "the check-in at {time}")
        self.add_actions(what.format(time=clock_time(checkin.local_time)),
                         lambda: on_edit(self.checkin), lambda: on_delete(self.checkin),
                         session=("checkin", checkin.id), therapy=therapy)
        self.delete_button.setProperty("quiet", True)  # muted: Edit is the everyday action
