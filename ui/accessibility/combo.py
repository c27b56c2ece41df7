"""Combo boxes named by their label, not by their current value.

On Linux Qt names a combo box by its current text ("Follow the system"), so a screen
reader says the value twice and never what the box is for. This interface names it by its
accessible name or, failing that, by its buddy label ("Theme"), keeps the current text as
its value and the popup list as its one child, as Qt's own does."""

from __future__ import annotations

from ui.qt import QAccessible, QAccessibleWidget, QComboBox, QWidget


def label_of(iface: QAccessibleWidget) -> str:
    widget = iface.widget()
    if widget.accessibleName():
        return widget.accessibleName()
    for label, _relation in iface.relations(QAccessible.RelationFlag.Label):
        text = label.text(QAccessible.Text.Name)
        if text:
            return text.replace("&", "")
    return ""


class ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: QWidget) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox, "")

    def _combo(self) -> QComboBox:
        return self.widget()  # type: ignore[return-value]  # made for combo boxes only

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return label_of(self)
        if kind == QAccessible.Text.Value:
            return self._combo().currentText()
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int):
        return QAccessible.queryAccessibleInterface(self._combo().view()) if index == 0 else None

    def indexOfChild(self, child) -> int:
        return 0 if child is not None and child.object() is self._combo().view() else -1

    def state(self):
        state = super().state()
        state.hasPopup = True
        state.expanded = self._combo().view().isVisible()
        state.collapsed = not state.expanded
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.showMenuAction(), QAccessibleWidget.pressAction()]

    def doAction(self, name: str) -> None:
        if name in (QAccessibleWidget.showMenuAction(), QAccessibleWidget.pressAction()):
            self._combo().showPopup()
