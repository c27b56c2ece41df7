"""The filter card above a history list (Log's check-ins, Journal's entries): a search
field that waits for typing to pause, the page's own choice boxes, and the period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from app.timeutil import today
from ui.qt import QComboBox, QHBoxLayout, QLineEdit, QTimer, QWidget, Signal
from ui.widgets.card import Card
from ui.widgets.period_filter import period_fields


class HistoryFilters(Card):
    """Emits `changed` when a filter changes (typing: once it pauses for 250 ms)."""

    changed = Signal()

    def __init__(self, title: str | None, *, placeholder: str, name: str,
                 choices: Iterable[QComboBox], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(name)
        self.search.setClearButtonEnabled(True)
        self.body.addWidget(self.search)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.period, self.since, self.until = period_fields()
        combos = list(choices)
        for widget in (*combos, self.period, self.since, self.until):
            row.addWidget(widget)
        row.addStretch(1)
        self.body.addLayout(row)
        # Typing waits a moment so each keystroke does not run a query.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._changed)
        for combo in combos:
            combo.currentIndexChanged.connect(self._changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)

    def _changed(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "range"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self._changed()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day the chosen period covers; None where it is open."""
        period = self.period.currentData()
        if period == "range":
            return (cast(dt.date, self.since.date().toPython()),
                    cast(dt.date, self.until.date().toPython()))
        if period:
            return today() - dt.timedelta(days=period - 1), None
        return None, None


def refill_choices(combo: QComboBox, anything: str, items: Iterable[tuple[str, object]],
                   *, keep_missing: bool = False) -> None:
    """Fill a filter's choice box anew, first `anything` (no filter), keeping the choice.
    With `keep_missing` a chosen value no longer among `items` stays choosable."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anything, None)
    values = []
    for text, value in items:
        combo.addItem(text, value)
        values.append(value)
    if keep_missing and keep and keep not in values:
        combo.addItem(str(keep), keep)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)
