"""Keeping a page or card's data fresh without reading while it is hidden: after a change
it refreshes at once when in view, else the next time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QEvent, QObject, QWidget


class Freshness(QObject):
    """Owned by `view`; stale at first, so the first showing reads the data."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = True
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.run()
        return False  # the view still gets its show event

    def changed(self, _event: object = None) -> None:
        """A subscriber: what the view shows has changed."""
        if self._view.isVisible():
            self.run()
        else:
            self.stale = True

    def run(self) -> None:
        self.stale = False
        self._refresh()
