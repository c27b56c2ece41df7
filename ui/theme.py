"""Calm light and dark palettes (UI.md) applied as a QPalette plus one style sheet."""

from __future__ import annotations

from dataclasses import dataclass

from ui.qt import (
    QApplication,
    QColor,
    QEvent,
    QObject,
    QPalette,
    QProxyStyle,
    QStyle,
    Qt,
    QWidget,
)


@dataclass(frozen=True)
class Tokens:
    name: str
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    primary_hover: str
    on_primary: str
    accent: str
    border: str
    selection: str
    attention: str  # errors and warnings: warm, never alarm-red (UI.md)


# Light primary: UI.md's #2F7D7A a shade darker, for 4.5:1 as link text on the background.
LIGHT = Tokens("light", "#F7F5F2", "#FFFFFF", "#2B2D33", "#62666D", "#2E7B78", "#276966",
               "#FFFFFF", "#D9A86C", "#E4E0DA", "#E3EFEE", "#8A4B0F")
DARK = Tokens("dark", "#16181C", "#1F2227", "#E7E5E1", "#A3A6AD", "#5FB3AE", "#74C2BD",
              "#0F2322", "#E2B67E", "#2E3238", "#23393A", "#E9B97E")


def system_prefers_dark() -> bool:
    hints = QApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def tokens_for(choice: str) -> Tokens:
    if choice == "dark" or (choice == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def apply(app: QApplication, tokens: Tokens, *, watch: bool = True) -> None:
    """watch=False: the main window calls watch_input() itself, after its first paint."""
    _install_style(app)
    app.setPalette(_palette(tokens))
    arrows = (svg_file("chevron-down", tokens.muted), svg_file("chevron-up", tokens.muted))
    from ui.accessibility import zoom

    sheet = style_sheet(tokens, arrows, svg_file("check", tokens.on_primary))
    app.setStyleSheet(zoom.scaled_sheet(sheet, zoom.sheet_scale(app)))  # text zoom
    if watch:
        watch_input(app)


def watch_input(app: QApplication) -> None:
    """The application-wide filters: Alt for the underlines, polish for spin-box insets.

    Once per application (they are its children). Not before the first paint: a Python
    filter on the application sees every event of every widget, and PySide then builds
    the Python type of each (~200 enum types, tens of ms on the start path). The style's
    Python hint comes now too (every window calls this after its first paint)."""
    _arm_style()
    if app.findChild(_AltWatcher) is None:
        app.installEventFilter(_AltWatcher(app))
    if app.findChild(_SpinPadding) is None:
        app.installEventFilter(_SpinPadding(app))
        from ui.qt import QAbstractSpinBox

        for top in app.topLevelWidgets():  # spin boxes polished before the filter was there
            for spin in [top, *top.findChildren(QAbstractSpinBox)]:
                _SpinPadding.pad(spin)


def watching_input(app: QApplication) -> bool:
    return app.findChild(_AltWatcher) is not None


def svg_file(name: str, colour: str) -> str:
    """A recoloured copy of an icon on disk, for style sheets (they take file URLs only).
    Text work only: the Qt icon loader (ui/icons.py) waits until after the first paint."""
    import os
    import tempfile

    folder = os.path.join(tempfile.gettempdir(), f"stillpoint-icons-{os.getuid()}")
    path = os.path.join(folder, f"{name}-{colour.lstrip('#').lower()}.svg")
    if not os.path.exists(path):
        from importlib import resources  # ~5 ms of imports: only when a copy is missing

        os.makedirs(folder, mode=0o700, exist_ok=True)
        source = resources.files("resources.icons").joinpath(f"{name}.svg").read_text("utf-8")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source.replace("currentColor", colour))
    return path.replace(os.sep, "/")


class _SpinPadding(QObject):
    """Spin boxes ignore a style sheet's left padding (Qt 6.11), so their text sat on the
    border: their inner line edit gets an inset instead. Date edits keep their padding."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Polish:
            _SpinPadding.pad(watched)
        return False

    @staticmethod
    def pad(widget: QObject) -> None:
        # Imported here: the classes' enum types need not be built before the first paint.
        from ui.qt import QAbstractSpinBox, QDateTimeEdit, QLineEdit

        if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
            edit = widget.findChild(QLineEdit)
            if edit is not None and edit.textMargins().left() < SPIN_TEXT_INSET:
                edit.setTextMargins(SPIN_TEXT_INSET, 0, 0, 0)


SPIN_TEXT_INSET = 8


class AltUnderlineStyle(QProxyStyle):
    """Fusion draws mnemonic underlines all the time on Linux; desktop apps show them only
    while Alt is held (UI.md). _AltWatcher flips `alt_held` and repaints."""

    alt_held = False

    def styleHint(self, hint, option=None, widget=None, return_data=None) -> int:
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            return 1 if AltUnderlineStyle.alt_held else 0
        return super().styleHint(hint, option, widget, return_data)


class _PlainStyle(QProxyStyle):
    """AltUnderlineStyle without its Python override: Qt answers every hint in C++.

    Before the first paint: each hint the Python override answers makes PySide wrap the
    style option it came with, building the Python type of every kind of option (~76 enum
    types, ~10 ms on the start path); the start page has no mnemonic to hide. After quit:
    PySide deletes the widgets once their Python wrappers are gone, and handing such a
    widget to a Python override builds every Qt type to find its class (~50 enum types,
    ~15 ms of each exit). The same C++ style object takes either class."""


_style: QProxyStyle | None = None  # the application's (app.style() is the sheet's)


def _install_style(app: QApplication) -> None:
    """Fusion: the same calm look everywhere (native styles ignore parts of QSS). Once:
    a new style re-polishes every widget, so a theme change keeps this one."""
    global _style
    if _style is not None:
        try:
            _style.objectName()
            return
        except RuntimeError:  # deleted with an earlier QApplication
            pass
    _style = _PlainStyle("Fusion")
    app.setStyle(_style)
    app.aboutToQuit.connect(_retire_style)


def _arm_style() -> None:
    if _style is not None and not isinstance(_style, AltUnderlineStyle):
        _become(_style, AltUnderlineStyle)
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                window.update()  # anything drawn with underlines before is drawn again


def _retire_style() -> None:
    if _style is not None:
        _become(_style, _PlainStyle)


def _become(style: QProxyStyle, kind: type[QProxyStyle]) -> None:
    style.__class__ = kind


class _AltWatcher(QObject):
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                and event.key() == Qt.Key.Key_Alt:
            self._set(kind == QEvent.Type.KeyPress)
        elif kind == QEvent.Type.ApplicationDeactivate:
            self._set(False)  # Alt+Tab away must not leave the underlines on
        return False

    @staticmethod
    def _set(held: bool) -> None:
        if AltUnderlineStyle.alt_held == held:
            return
        AltUnderlineStyle.alt_held = held
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                for child in [widget, *widget.findChildren(QWidget)]:
                    child.update()


def _palette(t: Tokens) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.background,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.background,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.primary,
        QPalette.ColorRole.HighlightedText: t.on_primary,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.Link: t.primary,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(t.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(t.muted))
    return p


def style_sheet(t: Tokens, arrows: tuple[str, str] | None = None, check: str = "") -> str:
    """arrows: files for the down/up arrows that combo and spin boxes lose once styled;
    check: the tick drawn in a chosen check box."""
    down, up = arrows or ("", "")
    return f"""
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget#PageBody {{
    background: {t.background};
}}
QWidget {{ color: {t.text}; }}
#Sidebar {{ background: {t.surface}; border-right: 1px solid {t.border}; }}
#Sidebar QListWidget {{ background: transparent; border: none; outline: none; }}
#Sidebar QListWidget::item {{
    padding: 10px 12px; margin: 2px 8px; border-radius: 8px; color: {t.text};
}}
#Sidebar QListWidget::item:selected {{ background: {t.selection}; color: {t.text}; }}
#Sidebar QListWidget::item:hover:!selected {{ background: {t.background}; }}
/* The keyboard's place in the sidebar: a ring, where "selected" is a fill (UI.md). */
#Sidebar QListWidget::item:focus {{ border: 2px solid {t.primary}; padding: 8px 10px; }}
#AppName {{ font-size: 15pt; font-weight: 600; padding: 20px 20px 12px 20px; }}
QFrame[card="true"] {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 12px;
}}
QLabel[role="title"] {{ font-size: 22pt; font-weight: 600; }}
QLabel[role="section"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="muted"], QLabel[role="caption"] {{ color: {t.muted}; }}
QLabel[role="caption"] {{ font-size: 10pt; }}
QLabel[role="error"] {{ color: {t.attention}; font-weight: 600; }}
QLabel[role="value"] {{ font-size: 13pt; font-weight: 600; color: {t.primary}; }}
QPushButton {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px;
    padding: 8px 16px;
}}
QPushButton:hover {{ border-color: {t.primary}; }}
QPushButton:focus {{ border: 2px solid {t.primary}; }}
QPushButton:checked {{ background: {t.selection}; border: 2px solid {t.primary}; }}
QPushButton[primary="true"] {{
    background: {t.primary}; color: {t.on_primary}; border: 1px solid {t.primary};
    font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {t.primary_hover}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {t.accent}; }}
QLineEdit, QComboBox {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px;
    padding: 7px 10px; selection-background-color: {t.primary};
}}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {t.primary}; }}
/* Disabled fields and captions must look inactive: the sheet's colours override the
   palette's disabled group, so say it here. */
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPushButton:disabled {{
    background: {t.background}; color: {t.muted}; border-color: {t.border};
}}
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled {{ color: {t.muted}; }}
QSlider:horizontal {{ min-height: 24px; }}
QSlider::groove:horizontal {{
    height: 4px; background: {t.border}; border: none; border-radius: 2px;
}}
QSlider::sub-page:horizontal {{ background: {t.primary}; border: none; border-radius: 2px; }}
QSlider::add-page:horizontal {{ background: {t.border}; border: none; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {t.surface}; border: 2px solid {t.primary}; width: 14px; height: 14px;
    margin: -7px 0; border-radius: 9px;
}}
QSlider::handle:horizontal:focus {{ background: {t.primary}; }}
QSlider::sub-page:horizontal:disabled {{ background: {t.border}; }}
QSlider::handle:horizontal:disabled {{ border-color: {t.muted}; }}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none;
}}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url("{down}"); width: 12px; height: 12px;
}}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 12px; height: 12px; }}
QAbstractSpinBox {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px;
    padding: 6px 8px; selection-background-color: {t.primary};
}}
QAbstractSpinBox:focus {{ border: 2px solid {t.primary}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    border: none; width: 20px; subcontrol-origin: border;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; margin: 3px 4px 0 0; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; margin: 0 4px 3px 0; }}
QCheckBox, QRadioButton {{ spacing: 8px; }}
/* Focus on a check box or radio button: a soft tint behind it (chosen is the filled mark). */
QCheckBox:focus, QRadioButton:focus {{ background: {t.selection}; border-radius: 6px; }}
/* Fusion draws these rings from the window colour, which vanishes on the dark background. */
QCheckBox::indicator, QRadioButton::indicator {{
    width: 16px; height: 16px; background: {t.surface}; border: 1px solid {t.muted};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {t.primary}; }}
QCheckBox::indicator:checked {{
    background: {t.primary}; border-color: {t.primary}; image: url("{check}");
}}
QRadioButton::indicator:checked {{
    width: 8px; height: 8px; border: 5px solid {t.primary}; background: {t.surface};
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {t.border}; }}
QCheckBox::indicator:checked:disabled {{ background: {t.muted}; border-color: {t.muted}; }}
QRadioButton::indicator:checked:disabled {{ border-color: {t.muted}; }}
QScrollArea {{ border: none; }}
/* Lists and text areas: Fusion's focus frame is faint; a ring like the fields'. */
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {t.primary};
}}
/* A page takes focus so the keyboard can scroll it: a ring shows when it has it. */
QScrollArea[page="true"] {{ border: 2px solid transparent; border-radius: 8px; }}
QScrollArea[page="true"]:focus {{ border-color: {t.primary}; }}
/* Slim, quiet scroll bars: Fusion's arrows and grey track look heavy beside the cards. */
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 3px; min-height: 32px; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 3px; min-width: 32px; }}
QScrollBar::handle:hover {{ background: {t.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
/* Emotion-word and tag chips: small pills; chosen ones take the calm selection colour. */
QPushButton[chip="true"] {{ border-radius: 12px; padding: 4px 12px; }}
/* Chosen = filled with the primary colour; focused = a ring in the text colour (UI.md: focus
   looks different from "selected"), so a focused chosen chip shows both. */
QPushButton[chip="true"]:checked {{
    background: {t.primary}; border: 1px solid {t.primary}; color: {t.on_primary};
    font-weight: normal; /* bold would outgrow the size the chip was laid out for */
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {t.text}; }}
QPushButton[flat="true"], QPushButton[flat="true"]:checked {{
    border: none; background: transparent; color: {t.primary}; font-weight: normal;
    padding: 8px 4px; /* link-like: its text lines up with the card's other content */
}}
QPushButton[flat="true"]:focus {{ border: 2px solid {t.primary}; }}
QPushButton[flat="true"][quiet="true"] {{ color: {t.muted}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 6px; }}
/* Checkable choices: pattern tiles and rating numbers show their chosen state calmly. */
QPushButton[tile="true"] {{ text-align: left; padding: 10px 14px; }}
QLabel[role="tile-name"] {{ font-weight: 600; }}
QPushButton[tile="true"]:checked, QPushButton[choice="true"]:checked {{
    background: {t.selection}; border: 2px solid {t.primary};
}}
QPushButton[choice="true"] {{ padding: 6px 0; }}
#FocusWindow {{ background: {t.background}; }}
QFrame[divider="true"] {{ background: {t.border}; border: none; }}
/* A chosen tile, choice, tab or chip already wears the primary border: focus on it is a
   ring in the text colour, so focus never looks like "selected". */
QPushButton:checked:focus, QPushButton[tile="true"]:checked:focus,
QPushButton[choice="true"]:checked:focus {{ border: 2px solid {t.text}; }}
"""
