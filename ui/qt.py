"""The one door to Qt: every ui/ module imports Qt names from here, so an upgrade touches one file."""

from PySide6.QtCore import (  # noqa: F401
    QBuffer, QByteArray, QEasingCurve, QEvent, QObject, QPointF, QPropertyAnimation, QRectF, QSize,
    QStandardPaths, Qt, QTimer, QUrl, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QBrush, QColor, QCloseEvent, QFont, QGuiApplication, QIcon, QImageReader, QKeySequence,
    QDesktopServices, QPainter, QPainterPath, QPalette, QPen, QPixmap, QShortcut,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractButton, QApplication, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox,
    QPushButton, QScrollArea, QSizePolicy, QSlider, QStackedWidget, QSystemTrayIcon,
    QVBoxLayout, QWidget,
)
