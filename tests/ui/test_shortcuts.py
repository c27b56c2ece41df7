"""A view's own shortcuts (ui/widgets/shortcuts.py): they act while focus is inside the view
and nowhere else, and a standard key keeps every key the platform gives it."""

from __future__ import annotations

from ui.qt import QApplication, QKeySequence, QPushButton, QShortcut, Qt, QVBoxLayout, QWidget
from ui.widgets.shortcuts import local_keys
from ui.widgets.undo_bar import UndoBar


def _window(qtbot) -> tuple[QWidget, QWidget, QPushButton, QPushButton]:
    window = QWidget()
    column = QVBoxLayout(window)
    host = QWidget()
    inside = QPushButton("Inside", host)
    outside = QPushButton("Outside")
    column.addWidget(host)
    column.addWidget(outside)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, host, inside, outside


def test_keys_act_only_while_focus_is_inside_their_view(qtbot):
    _top, host, inside, outside = _window(qtbot)
    hits: list[str] = []
    made = local_keys(host, [("Ctrl+Return", lambda: hits.append("save")),
                             ("Space", lambda: hits.append("pause"))])
    assert [s.key().toString() for s in made] == ["Ctrl+Return", "Space"]
    assert {s.context() for s in made} == {Qt.ShortcutContext.WidgetWithChildrenShortcut}
    inside.setFocus()
    # A focused button would take Space for itself; the view's shortcut comes first.
    qtbot.keyClick(inside, Qt.Key.Key_Space)
    qtbot.keyClick(inside, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["pause", "save"]
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["pause", "save"]


def test_a_window_wide_key_acts_from_anywhere_in_the_window(qtbot):
    window, _host, _inside, outside = _window(qtbot)
    hits: list[str] = []
    [made] = local_keys(window, [("F", lambda: hits.append("leave"))],
                        context=Qt.ShortcutContext.WindowShortcut)
    assert made.context() == Qt.ShortcutContext.WindowShortcut
    outside.setFocus()
    qtbot.keyClick(outside, Qt.Key.Key_F)
    assert hits == ["leave"]


def test_a_standard_key_keeps_all_its_keys_and_a_sequence_keeps_one(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    undo, back = local_keys(host, [
        (QKeySequence.StandardKey.Undo, lambda: None),
        (QKeySequence(QKeySequence.StandardKey.Back), lambda: None),
    ])
    assert undo.keys() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert back.keys() == [QKeySequence(QKeySequence.StandardKey.Back)]


def test_the_undo_bar_listens_for_every_undo_key(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    bar = UndoBar(host)
    bar.listen_for_shortcut(host)
    [shortcut] = host.findChildren(QShortcut)
    assert shortcut.keys() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
