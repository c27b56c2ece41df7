"""One accessibility factory for the whole app: Qt asks it first for every object.

It answers for the check-in plane (an adjustable control), for buttons marked as page tabs
and for combo boxes (named by their label); everything else gets Qt's own interface."""

from __future__ import annotations

from ui.qt import QAccessible, QAccessibleWidget, QObject, QWidget

PLANE_CLASS = "MoodPlane"
ROLE_PROPERTY = "a11yRole"

_made: list[QAccessibleWidget] = []  # Python keeps them alive; Qt deletes them with the widget
_installed = False


def _factory(class_name: str, obj: QObject):
    if not isinstance(obj, QWidget):
        return None
    made: QAccessibleWidget | None = None
    if class_name == PLANE_CLASS:
        from ui.accessibility.plane import PlaneAccessible

        made = PlaneAccessible(obj)
    elif obj.property(ROLE_PROPERTY) == "tab":
        from ui.accessibility.roles import TabAccessible

        made = TabAccessible(obj)
    elif _is_fixed_combo(obj):
        from ui.accessibility.combo import ComboAccessible

        made = ComboAccessible(obj)
    if made is not None:
        _made.append(made)
    return made


def _is_fixed_combo(obj: QWidget) -> bool:
    """A combo box without a text field (an editable one is read as its line edit)."""
    from ui.qt import QComboBox  # its Python type is not needed before the first paint

    return isinstance(obj, QComboBox) and not obj.isEditable()


def install() -> None:
    """Once per process, before the first marked widget is asked for its interface."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
