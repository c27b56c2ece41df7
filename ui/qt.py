"""The one door to Qt: every ui/ module imports Qt names from here, so an upgrade touches one file."""

from PySide6.QtCore import (  # noqa: F401
    QBuffer, QByteArray, QEasingCurve, QEvent, QObject, QPointF, QPropertyAnimation, QRectF, QSize,
    QStandardPaths, Qt, QTimer, QUrl, Signal, Slot,
    QDate, QMarginsF, QPoint, QRect, QRunnable, QThreadPool,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QBrush, QColor, QCloseEvent, QFont, QGuiApplication, QIcon, QImageReader, QKeySequence,
    QDesktopServices, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPixmap,
    QRadialGradient, QShortcut,
    QKeyEvent, QLinearGradient,
    QFontMetrics, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractButton, QAbstractSpinBox, QApplication, QButtonGroup, QCheckBox, QComboBox, QDialog,
    QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QFrame, QGridLayout, QRadioButton, QSpinBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox,
    QPushButton, QScrollArea, QSizePolicy, QSlider, QStackedWidget, QSystemTrayIcon,
    QVBoxLayout, QWidget,
    QDateEdit, QDateTimeEdit, QFileDialog, QToolTip,
    QCompleter, QLayout, QPlainTextEdit,
)
