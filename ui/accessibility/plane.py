"""The check-in plane as an adjustable control for screen readers.

Qt has no accessible kind for a 2-D picker, so the plane gets its own interface: a slider
whose value text is the words ("Somewhat pleasant, energy low") and whose number is the
point's step on the grid (0..120), so every arrow key changes it. AT-SPI carries no value
text, so the words are also the description there; each move sends a value change (and a
description change), which screen readers speak."""

from __future__ import annotations

from typing import Protocol

from ui.qt import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
    QAccessibleWidget,
    QWidget,
    VoidPtr,
    getCppPointer,
)

RANGE = 5
SIDE = 2 * RANGE + 1  # steps on one axis


class Plane(Protocol):
    def value(self) -> tuple[int, int]: ...
    def set_value(self, pleasantness: int, energy: int) -> None: ...
    def value_words(self) -> str: ...


def step_of(pleasantness: int, energy: int) -> int:
    """The point as one number: rows of pleasantness, from low energy up."""
    return (energy + RANGE) * SIDE + pleasantness + RANGE


def point_of(step: int) -> tuple[int, int]:
    step = max(0, min(SIDE * SIDE - 1, int(step)))
    return step % SIDE - RANGE, step // SIDE - RANGE


class _PlaneValue(QAccessibleValueInterface):
    def __init__(self, plane: QWidget) -> None:
        super().__init__()
        self._plane = plane

    def _model(self) -> Plane:
        return self._plane  # type: ignore[return-value]  # a MoodPlane

    def currentValue(self) -> int:
        return step_of(*self._model().value())

    def setCurrentValue(self, value) -> None:
        self._model().set_value(*point_of(int(value)))

    def maximumValue(self) -> int:
        return SIDE * SIDE - 1

    def minimumValue(self) -> int:
        return 0

    def minimumStepSize(self) -> int:
        return 1


class PlaneAccessible(QAccessibleWidget):
    def __init__(self, plane: QWidget) -> None:
        super().__init__(plane, QAccessible.Role.Slider, "")
        self._value = _PlaneValue(plane)

    def text(self, kind):
        if kind == QAccessible.Text.Value:
            return self.widget().value_words()
        return super().text(kind)

    def interface_cast(self, kind):
        if kind == QAccessible.InterfaceType.ValueInterface:
            return VoidPtr(getCppPointer(self._value)[0])
        found = super().interface_cast(kind)
        return found if found is not None else VoidPtr(0)  # None would crash the bridge


def install() -> None:
    from ui.accessibility import factory

    factory.install()


def announce_value(plane: QWidget, pleasantness: int, energy: int) -> None:
    """Tell assistive technology the point moved (Qt drops it when none listens)."""
    QAccessible.updateAccessibility(
        QAccessibleValueChangeEvent(plane, step_of(pleasantness, energy)))
    QAccessible.updateAccessibility(
        QAccessibleEvent(plane, QAccessible.Event.DescriptionChanged))
