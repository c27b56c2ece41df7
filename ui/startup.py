"""--quit-after-startup: quit once the start page has really been painted."""

from __future__ import annotations

from ui.qt import QEvent, QObject, QTimer


class _PaintWatcher(QObject):
    def __init__(self, app, target) -> None:
        super().__init__(target)
        self._app = app

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._app.quit)
        return False


def quit_when_painted(app, page) -> int:
    # A scroll area paints through its viewport, so watch the widget that gets painted.
    target = page.viewport() if hasattr(page, "viewport") else page
    target.installEventFilter(_PaintWatcher(app, target))
    return app.exec()
