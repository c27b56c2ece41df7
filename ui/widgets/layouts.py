"""Emptying a layout whose widgets are rebuilt on each refresh; placing a card on a page;
a dialog's main column."""

from __future__ import annotations

from ui.qt import QHBoxLayout, QLayout, QVBoxLayout, QWidget


def clear_layout(layout: QLayout) -> None:
    """Take every item out of layout; widgets are hidden at once and deleted later, and
    nested layouts are emptied the same way."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif nested is not None:
            clear_layout(nested)


DIALOG_MARGIN = 24  # around every dialog's column (UI.md)


def dialog_column(dialog: QWidget, *, spacing: int, bottom: int = DIALOG_MARGIN) -> QVBoxLayout:
    """The dialog's main column, with the 24 px margin every dialog has (UI.md); `bottom`
    lets a dialog that ends in a button row sit that row a little lower."""
    column = QVBoxLayout(dialog)
    column.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, bottom)
    column.setSpacing(spacing)
    return column


def trailing_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side at the right end of a row, 8 px apart (a card's actions)."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row


def insert_beside(page: QWidget, card: QWidget, title: str, *, after: bool = False) -> None:
    """Put card on page just before (or after) the card titled `title`; when none is,
    last but one."""
    content = page.content  # type: ignore[attr-defined]
    at = next((i + after for i in range(content.count())
               if getattr(content.itemAt(i).widget(), "title", None) is not None
               and content.itemAt(i).widget().title.text() == title), content.count() - 1)
    content.insertWidget(at, card)
