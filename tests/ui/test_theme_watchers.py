"""The application-wide input filters (Alt underlines, spin-box insets, idle minutes) come
after the first paint or only while needed: a Python filter on the application before the
first paint made PySide build ~200 enum types on the start path (bench/startup.py)."""

from __future__ import annotations

from ui import theme
from ui.lock.idle import IdleWatch
from ui.qt import QApplication, QEvent, QKeyEvent, QLineEdit, QSpinBox, Qt


def _fresh_app_filters() -> QApplication:
    """Drop filters an earlier test's window left on the shared application."""
    app = QApplication.instance()
    for kind in (theme._AltWatcher, theme._SpinPadding):
        for watcher in app.findChildren(kind):
            watcher.setParent(None)  # the last reference goes: Qt removes the filter
    assert not theme.watching_input(app)
    return app


def test_input_filters_wait_for_the_first_paint_then_pad_spin_boxes_made_before(ctx, qtbot):
    from ui.application import build_window

    app = _fresh_app_filters()
    window = build_window(ctx, silent=True)
    window.persist_geometry = False
    qtbot.addWidget(window)
    early = QSpinBox(window.current_page())  # polished before any filter was there
    assert not theme.watching_input(app)  # the window is built, nothing painted yet
    window.show()
    qtbot.waitUntil(lambda: theme.watching_input(app), timeout=5000)
    assert early.findChild(QLineEdit).textMargins().left() >= theme.SPIN_TEXT_INSET
    later = QSpinBox()
    qtbot.addWidget(later)
    later.show()
    assert later.findChild(QLineEdit).textMargins().left() >= theme.SPIN_TEXT_INSET


def test_alt_underlines_work_once_the_window_has_painted(window, qtbot):
    app = QApplication.instance()
    qtbot.waitUntil(lambda: theme.watching_input(app), timeout=5000)
    hint = theme.QStyle.StyleHint.SH_UnderlineShortcut
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt,
                                             Qt.KeyboardModifier.AltModifier))
    assert app.style().styleHint(hint) == 1
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Alt,
                                             Qt.KeyboardModifier.NoModifier))
    assert app.style().styleHint(hint) == 0


class _CountingIdleWatch(IdleWatch):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.seen = 0

    def eventFilter(self, watched, event) -> bool:
        self.seen += 1
        return super().eventFilter(watched, event)


def test_idle_watch_filters_the_application_only_while_it_watches(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watch = _CountingIdleWatch(field)
    qtbot.keyClicks(field, "ab")
    assert watch.seen == 0  # no idle lock: nothing looks at every event
    watch.start(60)
    qtbot.keyClicks(field, "cd")
    assert watch.seen > 0
    watch.stop()
    seen = watch.seen
    qtbot.keyClicks(field, "ef")
    assert watch.seen == seen
