"""The period part of a history filter: a choice of period and, for "Between dates",
two date fields (shown only then). Log and Journal filter their lists the same way."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QComboBox, QDate, QDateEdit

PERIODS = ((QT_TRANSLATE_NOOP("PeriodFilter", "All time"), None),
           (QT_TRANSLATE_NOOP("PeriodFilter", "Last 7 days"), 7),
           (QT_TRANSLATE_NOOP("PeriodFilter", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("PeriodFilter", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("PeriodFilter", "Between dates"), "range"))


def period_fields() -> tuple[QComboBox, QDateEdit, QDateEdit]:
    """The period choice and the From and To fields (hidden until "Between dates")."""
    period = QComboBox()
    period.setAccessibleName(translate("ui.widgets.period_filter", "Period"))
    for text, value in PERIODS:
        period.addItem(translate("PeriodFilter", text), value)
    since, until = QDateEdit(), QDateEdit()
    for edit, name in ((since, "From"), (until, "To")):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(QDate.currentDate())
        edit.setAccessibleName(name)
        edit.hide()
    since.setDate(QDate.currentDate().addDays(-30))
    return period, since, until
