"""The paging a "Show earlier …" button under a history list drives."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ui.qt import QPushButton

T = TypeVar("T")


class EarlierPages:
    """The list shows `page_size` rows at first and a page more per press of `button`; when
    the filters change it starts again from one page. The list asks for one row more than it
    shows (`wanted`), which tells whether there is anything earlier, and so whether the
    button shows."""

    def __init__(self, button: QPushButton, page_size: int, show: Callable[[], None]) -> None:
        self._page_size = page_size
        self._show = show
        self._button = button
        self.limit = page_size
        button.setAutoDefault(False)
        button.hide()
        button.clicked.connect(self.more)

    @property
    def wanted(self) -> int:
        return self.limit + 1

    def more(self) -> None:
        self.limit += self._page_size
        self._show()

    def restart(self) -> None:
        self.limit = self._page_size
        self._show()

    def shown(self, found: list[T]) -> list[T]:
        """The rows to show of the `wanted` ones found; the button shows if some were left out."""
        self._button.setVisible(len(found) > self.limit)
        return found[: self.limit]
