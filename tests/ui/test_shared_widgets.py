"""Pieces several pages share: the history filter card, the lazy refresh, the list row."""

from __future__ import annotations

import datetime as dt

from ui.qt import QComboBox, Qt, QWidget
from ui.widgets.freshness import Freshness
from ui.widgets.history_filters import HistoryFilters, refill_choices
from ui.widgets.list_row import ListRow


def test_filters_give_the_period_as_dates_and_say_when_they_change(qtbot):
    tag = QComboBox()
    refill_choices(tag, "Any tag", [("home", 1), ("work", 2)])
    filters = HistoryFilters("Find", placeholder="Search", name="Search", choices=[tag])
    qtbot.addWidget(filters)
    filters.show()
    assert filters.dates() == (None, None)
    with qtbot.waitSignal(filters.changed, timeout=1000):
        filters.period.setCurrentIndex(filters.period.findData(7))
    assert filters.dates() == (dt.date.today() - dt.timedelta(days=6), None)
    assert not filters.since.isVisible()
    with qtbot.waitSignal(filters.changed, timeout=1000):
        filters.period.setCurrentIndex(filters.period.findData("range"))
    assert filters.since.isVisible() and filters.until.isVisible()
    with qtbot.waitSignal(filters.changed, timeout=1000):  # typing waits for a pause
        qtbot.keyClicks(filters.search, "rain")
    with qtbot.waitSignal(filters.changed, timeout=1000):
        tag.setCurrentIndex(tag.findData(2))


def test_a_refilled_choice_is_kept_and_may_outlive_its_items(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_choices(combo, "Any", [("calm", "calm"), ("tired", "tired")])
    combo.setCurrentIndex(combo.findData("tired"))
    refill_choices(combo, "Any", [("calm", "calm")])
    assert combo.currentData() is None  # gone, so no filter
    combo.setCurrentIndex(combo.findData("calm"))
    refill_choices(combo, "Any", [], keep_missing=True)
    assert combo.currentData() == "calm" and combo.count() == 2


def test_freshness_reads_once_when_shown_and_at_once_while_in_view(qtbot):
    view = QWidget()
    qtbot.addWidget(view)
    reads: list[int] = []
    fresh = Freshness(view, lambda: reads.append(1))
    fresh.changed()  # hidden: nothing is read yet
    assert reads == []
    view.show()
    qtbot.waitExposed(view)
    assert reads == [1]
    fresh.changed()
    assert reads == [1, 1]
    view.hide()
    view.show()  # nothing changed meanwhile: no read
    assert reads == [1, 1]


def test_list_row_buttons_are_named_for_their_item_and_act_on_it(qtbot):
    done: list[str] = []
    row = ListRow("09:30", when_width=48)
    qtbot.addWidget(row)
    row.add_actions("the entry Lunch", lambda: done.append("edit"),
                    lambda: done.append("delete"), session=("journal", 1), therapy=None)
    assert row.edit_button.accessibleName() == "Edit the entry Lunch"
    assert row.delete_button.accessibleName() == "Delete the entry Lunch"
    assert not hasattr(row, "session_button")
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert done == ["delete"]
