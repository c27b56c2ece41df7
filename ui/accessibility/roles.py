"""Roles Qt's buttons cannot express alone: exclusive choices and page tabs.

A checkable, auto-exclusive button is a radio button to Qt's accessibility (pattern tiles,
Week/Month/Year); a button that switches a page's sections is a page tab, through the app's
factory (ui/accessibility/factory.py): selected when checked, pressed to switch."""

from __future__ import annotations

from typing import TypeVar

from ui.accessibility import factory
from ui.qt import QAbstractButton, QAccessible, QAccessibleWidget, QWidget

Button = TypeVar("Button", bound=QAbstractButton)


def as_radio(button: Button) -> Button:
    """One of an exclusive set: read as a radio button ("2 of 5, selected")."""
    button.setCheckable(True)
    button.setAutoExclusive(True)
    return button


def as_tab(button: Button) -> Button:
    """A button that switches between a page's sections: read as a page tab."""
    factory.install()
    button.setCheckable(True)
    button.setProperty(factory.ROLE_PROPERTY, "tab")
    return button


class TabAccessible(QAccessibleWidget):
    def __init__(self, button: QWidget) -> None:
        super().__init__(button, QAccessible.Role.PageTab, "")

    def _button(self) -> QAbstractButton:
        return self.widget()  # type: ignore[return-value]  # only buttons are marked

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            button = self._button()
            return button.accessibleName() or button.text().replace("&", "")
        return super().text(kind)

    def state(self):
        state = super().state()
        state.selectable = True
        state.selected = self._button().isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleWidget.pressAction():
            self._button().click()
        else:
            super().doAction(name)
