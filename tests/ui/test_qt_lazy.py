"""ui/qt.py resolves a Qt name on first use: every declared name resolves to the real Qt
class, and modules the first frame never needs are not loaded until a name asks for them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import ui.qt


def test_every_declared_name_resolves_to_the_binding():
    import shiboken6
    from PySide6 import QtCore, QtDBus, QtGui, QtNetwork, QtPrintSupport, QtWidgets

    modules = (QtCore, QtGui, QtWidgets, QtNetwork, QtPrintSupport, QtDBus, shiboken6)
    for name in ui.qt.__all__:
        value = getattr(ui.qt, name)
        assert any(getattr(m, name, None) is value for m in modules), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="QNoSuchWidget"):
        ui.qt.QNoSuchWidget  # noqa: B018
    with pytest.raises(ImportError):
        from ui.qt import QNoSuchWidget  # noqa: F401


PROBE = """
import sys
from ui.qt import QLabel, QWidget, Qt
assert QLabel.__module__ == "PySide6.QtWidgets" and Qt.AlignmentFlag.AlignLeft
print(sorted(m for m in ("PySide6.QtPrintSupport", "PySide6.QtNetwork", "PySide6.QtDBus")
             if m in sys.modules))
from ui.qt import QPrinter
print("PySide6.QtPrintSupport" in sys.modules)
"""


def test_printing_network_and_dbus_load_only_when_asked_for():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "True"]
