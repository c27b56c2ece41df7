"""Moving keyboard focus into a page (Ctrl+1..9 in the main window)."""

from __future__ import annotations

from ui.qt import Qt, QWidget


def takes_tab_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside `container` that Tab would reach, in the focus chain."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and takes_tab_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_into(container: QWidget) -> QWidget | None:
    """Focus the first control of `container`, as if Tab had just entered it."""
    target = first_focusable(container)
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason)
    return target
