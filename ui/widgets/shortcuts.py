"""A view's own keyboard shortcuts: keys that act while focus is anywhere inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ui.qt import QKeySequence, QShortcut, Qt, QWidget


def local_keys(
    host: QWidget,
    pairs: Iterable[tuple[str | QKeySequence | QKeySequence.StandardKey, Callable[[], object]]],
    *,
    context: Qt.ShortcutContext | None = None,
) -> list[QShortcut]:
    """One shortcut on host per (keys, action) pair. A standard key (Undo) brings every key
    the platform gives it (Ctrl+Z, Alt+Backspace...); a QKeySequence is taken as it is. By
    default a shortcut acts only while focus is inside host, so two pages' Esc or Ctrl+Return
    never fight; a top-level window passes Qt.ShortcutContext.WindowShortcut."""
    # Shortcuts rather than key events: a focused button would take Space or Enter for itself.
    # The default is resolved here, not in the signature: ui.qt builds Qt's enums on first use.
    chosen = Qt.ShortcutContext.WidgetWithChildrenShortcut if context is None else context
    shortcuts = []
    for keys, action in pairs:
        shortcut = QShortcut(host)
        if isinstance(keys, QKeySequence.StandardKey):
            shortcut.setKeys(keys)
        else:
            shortcut.setKey(QKeySequence(keys))
        shortcut.setContext(chosen)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts
