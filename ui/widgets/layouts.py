"""Emptying a layout whose widgets are rebuilt on each refresh."""

from __future__ import annotations

from ui.qt import QLayout


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
