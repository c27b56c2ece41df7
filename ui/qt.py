"""The one door to Qt: every ui/ module imports Qt names from here, so an upgrade touches one file."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Importing a Qt class makes it and every enum it holds (Qt alone has ~100): ~140 ms for
# the names below, most of which the first frame never uses. So the names are resolved on
# first use (module __getattr__, PEP 562): `from ui.qt import X` pays for X alone. Type
# checkers read the imports below. A name added there and to __all__ just works; its
# module must be in _MODULES (tests/ui/test_qt_lazy.py checks every name).
if TYPE_CHECKING:
    from PySide6.QtCore import (
        SLOT,
        QBuffer,
        QByteArray,
        QCoreApplication,
        QDate,
        QEasingCurve,
        QEvent,
        QLibraryInfo,
        QLocale,
        QMarginsF,
        QObject,
        QPoint,
        QPointF,
        QPropertyAnimation,
        QRect,
        QRectF,
        QRunnable,
        QSize,
        QStandardPaths,
        QStringListModel,
        Qt,
        QThreadPool,
        QTime,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
    )
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtGui import (
        QAccessible,
        QAccessibleEvent,
        QAccessibleValueChangeEvent,
        QAccessibleValueInterface,
        QAction,
        QBrush,
        QCloseEvent,
        QColor,
        QCursor,
        QDesktopServices,
        QFont,
        QFontMetrics,
        QFontMetricsF,
        QGuiApplication,
        QIcon,
        QImage,
        QImageReader,
        QKeyEvent,
        QKeySequence,
        QLinearGradient,
        QPageLayout,
        QPageSize,
        QPainter,
        QPainterPath,
        QPalette,
        QPdfWriter,
        QPen,
        QPixmap,
        QRadialGradient,
        QShortcut,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QAccessibleWidget,
        QApplication,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QCompleter,
        QDateEdit,
        QDateTimeEdit,
        QDialog,
        QDialogButtonBox,
        QDoubleSpinBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGraphicsOpacityEffect,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLayout,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QProxyStyle,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QSlider,
        QSpinBox,
        QStackedWidget,
        QStyle,
        QSystemTrayIcon,
        QTextBrowser,
        QTimeEdit,
        QToolTip,
        QVBoxLayout,
        QWidget,
    )
    from shiboken6 import VoidPtr, getCppPointer

# Searched in this order: the modules the first frame needs come first, so the others load
# only for a name that lives there.
_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "shiboken6",
            "PySide6.QtNetwork", "PySide6.QtPrintSupport", "PySide6.QtDBus")


def __getattr__(name: str) -> Any:
    if name in __all__:
        if not _feature_scan_skipped:
            _skip_feature_scan()
        for module in _MODULES:
            value = getattr(importlib.import_module(module), name, _MISSING)
            if value is not _MISSING:
                globals()[name] = value  # once: later lookups are plain module attributes
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MISSING = object()
_feature_scan_skipped = False
_OURS = frozenset(("app", "ui", "audio", "resources"))


def _skip_feature_scan() -> None:
    """Once PySide is loaded it reads the whole source of every module imported after it,
    looking for the text "PySide6", to know where its opt-in `from __feature__ import`
    switches may apply (shibokensupport/feature.py). Stillpoint turns on no feature, so
    the standard library and our own modules are answered without reading a file: ~80
    files, ~15 ms of the start. Any other module is still read; a PySide without this
    helper is left as it is."""
    global _feature_scan_skipped
    importlib.import_module("PySide6.QtCore")  # what installs the import hook
    _feature_scan_skipped = True
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if reads_source is None:
        return

    def uses_pyside(module: Any) -> bool:
        top = str(getattr(module, "__name__", "")).partition(".")[0]
        if top in _OURS or top in sys.stdlib_module_names:
            return False
        return bool(reads_source(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]

__all__ = [
    "SLOT",
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractSpinBox",
    "QAccessible",
    "QAccessibleEvent",
    "QAccessibleValueChangeEvent",
    "QAccessibleValueInterface",
    "QAccessibleWidget",
    "QAction",
    "QApplication",
    "QBrush",
    "QBuffer",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCompleter",
    "QCoreApplication",
    "QCursor",
    "QDBusConnection",
    "QDate",
    "QDateEdit",
    "QDateTimeEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDoubleSpinBox",
    "QEasingCurve",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontMetrics",
    "QFontMetricsF",
    "QFormLayout",
    "QFrame",
    "QGraphicsOpacityEffect",
    "QGridLayout",
    "QGuiApplication",
    "QHBoxLayout",
    "QIcon",
    "QImage",
    "QImageReader",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLibraryInfo",
    "QLineEdit",
    "QLinearGradient",
    "QListWidget",
    "QListWidgetItem",
    "QLocalServer",
    "QLocalSocket",
    "QLocale",
    "QMainWindow",
    "QMarginsF",
    "QMenu",
    "QMessageBox",
    "QObject",
    "QPageLayout",
    "QPageSize",
    "QPainter",
    "QPainterPath",
    "QPalette",
    "QPdfWriter",
    "QPen",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPrintDialog",
    "QPrinter",
    "QProgressBar",
    "QPropertyAnimation",
    "QProxyStyle",
    "QPushButton",
    "QRadialGradient",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QRunnable",
    "QScrollArea",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSlider",
    "QSpinBox",
    "QStackedWidget",
    "QStandardPaths",
    "QStringListModel",
    "QStyle",
    "QSystemTrayIcon",
    "QTextBlockFormat",
    "QTextBrowser",
    "QTextCharFormat",
    "QTextCursor",
    "QTextDocument",
    "QThreadPool",
    "QTime",
    "QTimeEdit",
    "QTimer",
    "QToolTip",
    "QTranslator",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
    "VoidPtr",
    "getCppPointer",
]
