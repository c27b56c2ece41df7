"""The main window: a slim sidebar of pages beside a stacked content area.

Pages are built the first time they are shown: only the start page pays its imports and
queries during start-up, which is benchmarked against a bare Qt window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from app.events import SettingChanged
from app.settings.service import SettingsService
from ui import theme
from ui.i18n import translate
from ui.lock.controller import install_lock
from ui.qt import (
    QByteArray,
    QCloseEvent,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPixmap,
    QPushButton,
    QShortcut,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.subscriptions import subscribe

MIN_SIZE = QSize(960, 640)
NAV_ICON = 20
DEFAULT_SIZE = QSize(1180, 760)


@dataclass(frozen=True)
class PageSpec:
    """What the sidebar needs before a page exists, and how to build it."""

    key: str
    nav_label: str
    icon_name: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()
    help_requested = Signal()  # "Need help now?": ui/safety opens the crisis card

    def __init__(self, specs: list[PageSpec], settings: SettingsService, hub) -> None:
        from ui.accessibility import factory

        factory.install()  # plane, page tabs and combo boxes, before any is asked
        super().__init__()
        self._settings = settings
        self._really_quit = False
        self.tray_available = False
        self.persist_geometry = True  # off for smoke tests, which must not write
        self.setWindowTitle(translate("MainWindow", "Stillpoint"))
        # The icons are SVG renders: they come after the first paint (load_icons), and a
        # blank one of the same size holds their place so the sidebar does not shift.
        self._icons_loaded = False
        # The look before any child exists: a new style or sheet re-polishes every widget
        # already made (~20 ms for the sidebar and page stack).
        self._apply_zoom(settings.get("text_zoom"), restyle=False)
        self.apply_theme(theme.tokens_for(settings.get("theme")))
        blank = QPixmap(NAV_ICON, NAV_ICON)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank_icon = QIcon(blank)
        self.setMinimumSize(MIN_SIZE)

        self.specs = specs
        self._built: dict[int, QWidget] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(NAV_ICON, NAV_ICON))
        self.nav.setAccessibleName(translate("MainWindow", "Pages"))
        for spec in specs:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            item = QListWidgetItem(self._blank_icon, spec.nav_label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_row_changed)

        self.setCentralWidget(self._layout_with(self._sidebar()))
        self._add_shortcuts(len(specs))
        # Before the start page is built: with a lock set, no page is built until it opens.
        self.lock = install_lock(self, settings, hub)

        subscribe(self, hub, SettingChanged, self._on_setting_changed)
        self._restore_geometry(settings.get("window_geometry"))
        start = settings.get("start_page")
        self.show_page(start if self.page_index(start) >= 0 else specs[0].key)
        from ui.startup import after_first_paint

        after_first_paint(self.current_page(), self._after_first_paint)

    def _after_first_paint(self) -> None:
        from ui.qt import QApplication

        # Application-wide Python event filters cost tens of ms if they come before it.
        theme.watch_input(cast(QApplication, QApplication.instance()))

    def _sidebar(self) -> QWidget:
        """The app's name, the page list and, on every page, the way to help."""
        sidebar = QWidget()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(216)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 12)
        side.setSpacing(0)
        name = QLabel(translate("MainWindow", "Stillpoint"))
        name.setObjectName("AppName")
        side.addWidget(name)
        side.addWidget(self.nav, 1)
        # One click from every page, and a shortcut that works on every page.
        self.help_button = QPushButton(translate("MainWindow", "Need help now?"))
        self.help_button.setObjectName("HelpNow")
        self.help_button.setToolTip(translate("MainWindow", "Crisis numbers, grounding and your safety plan "
                                    "(Ctrl+Shift+H)"))
        self.help_button.clicked.connect(self.help_requested.emit)
        help_row = QHBoxLayout()
        help_row.setContentsMargins(12, 8, 12, 0)
        help_row.addWidget(self.help_button)
        side.addLayout(help_row)

        return sidebar

    def _layout_with(self, sidebar: QWidget) -> QWidget:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)

        return central

    def _add_shortcuts(self, pages: int) -> None:
        for index in range(min(pages, 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.focus_page_index(i))
        QShortcut(QKeySequence.StandardKey.Quit, self).activated.connect(self.quit_app)
        help_shortcut = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
        help_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        help_shortcut.activated.connect(self.help_requested.emit)
        zoom_keys = ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence("Ctrl+="), 1),
                     (QKeySequence.StandardKey.ZoomOut, -1), (QKeySequence("Ctrl+0"), 0))
        for keys, direction in zoom_keys:
            QShortcut(keys, self).activated.connect(lambda d=direction: self.zoom_text(d))


    # -- navigation ------------------------------------------------------------------
    def page_index(self, key: str) -> int:
        return next((i for i, s in enumerate(self.specs) if s.key == key), -1)

    def page(self, index: int) -> QWidget:
        """The page at index, built now if it has not been shown yet."""
        if index not in self._built:
            page = self.specs[index].build()
            navigate = getattr(page, "navigate", None)
            if navigate is not None:  # pages may offer a way to another page (empty states)
                navigate.connect(self.show_page)
            open_target = getattr(page, "open_target", None)
            if open_target is not None:  # e.g. Learn's "related exercise" buttons
                open_target.connect(self.show_target)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[index] = page
        return self._built[index]

    @property
    def pages(self) -> list[QWidget]:
        """Every page, building those not shown yet (self-test and tests)."""
        return [self.page(i) for i in range(len(self.specs))]

    def session_running(self) -> bool:
        """A breathing or meditation session runs on a page already built (reminders wait)."""
        return any(getattr(page, "session_running", False) for page in self._built.values())

    def show_page(self, key: str) -> QWidget:
        self.show_page_index(self.page_index(key))
        return self.current_page()

    def show_target(self, key: str, target: str) -> QWidget:
        """Show page `key` at `target` (a pattern, script or section), if it knows how."""
        if self.lock.defer(lambda: self.show_target(key, target)):
            return self.current_page()
        page = self.show_page(key)
        show = getattr(page, "show_target", None)
        if show is not None and target:
            show(target)
        return page

    def show_page_index(self, index: int) -> None:
        if self.lock.defer(lambda: self.show_page_index(index)):
            return
        if 0 <= index < len(self.specs):
            self.nav.setCurrentRow(index)

    def focus_page_index(self, index: int) -> None:
        """Ctrl+1..9: show the page and move the keyboard into it (its first control)."""
        from ui.accessibility.focus import focus_into

        self.show_page_index(index)
        if 0 <= index < len(self.specs):
            from ui.qt import QApplication

            QApplication.sendPostedEvents()  # a page that refills on show: its new controls
            focus_into(self.current_page())

    def _on_row_changed(self, index: int) -> None:
        if index >= 0:
            self.stack.setCurrentWidget(self.page(index))

    def current_page(self) -> QWidget:
        if self.lock.locked:  # what the window shows: no page at all
            return self.lock.screen
        return cast(QWidget, self.stack.currentWidget())  # the stack is never empty

    # -- look ------------------------------------------------------------------------
    def apply_theme(self, tokens: theme.Tokens) -> None:
        from ui.qt import QApplication

        theme.apply(cast(QApplication, QApplication.instance()), tokens, watch=False)
        self.theme_tokens = tokens
        if self._icons_loaded:
            self._set_nav_icons()

    def load_icons(self) -> None:
        """The window and sidebar icons; called once the start page has been painted."""
        from ui import icons

        self.setWindowIcon(icons.app_icon())
        self._icons_loaded = True
        self._set_nav_icons()

    def _set_nav_icons(self) -> None:
        from ui import icons

        for i, spec in enumerate(self.specs):
            self.nav.item(i).setIcon(icons.icon(spec.icon_name, self.theme_tokens.text))

    def zoom_text(self, direction: int) -> None:
        """Ctrl++ (1), Ctrl+- (-1), Ctrl+0 (0): the text size, kept in settings."""
        from ui.accessibility import zoom

        wanted = zoom.step(zoom.percent(), direction)
        if wanted != self._settings.get("text_zoom"):
            self._settings.set("text_zoom", wanted)  # applied through _on_setting_changed

    def _apply_zoom(self, percent: int, *, restyle: bool = True) -> None:
        from ui.accessibility import zoom
        from ui.qt import QApplication

        zoom.apply_font(cast(QApplication, QApplication.instance()), percent)
        if restyle:
            self.apply_theme(self.theme_tokens)

    def _on_setting_changed(self, event: SettingChanged) -> None:
        if event.key == "theme":
            self.apply_theme(theme.tokens_for(event.value))
        elif event.key == "text_zoom":
            self._apply_zoom(event.value)

    def follow_system_scheme(self) -> None:
        if self._settings.get("theme") == "system":
            self.apply_theme(theme.tokens_for("system"))

    # -- geometry and closing ----------------------------------------------------------
    def _restore_geometry(self, saved: str | None) -> None:
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.resize(DEFAULT_SIZE)

    def save_geometry(self) -> None:
        if not self.persist_geometry:
            return
        data = self.saveGeometry().toBase64().toStdString()
        if data != self._settings.get("window_geometry"):
            self._settings.set("window_geometry", data)

    def quit_app(self) -> None:
        self._really_quit = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if (not self._really_quit and self.tray_available
                and self._settings.get("close_to_tray")):
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        event.accept()
        from ui.qt import QApplication

        QApplication.quit()
