"""Closing the app costs little: no Qt type is built after the last frame, and the styles and
subscriptions that made PySide build them at exit are gone by then (bench/startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui import theme
from ui.qt import QApplication, QTimer

# Runs the real entry point and counts the Python enum types PySide makes after the first
# paint. The count is written from an atexit hook registered before PySide's own, so it
# runs after PySide has deleted the window. Before the fixes: ~135 at exit (~20-40 ms).
_COUNT_AFTER_PAINT = r"""
import atexit, enum, os, sys
made = []
original = enum.EnumType._create_
def counting(cls, *args, **kwargs):
    made.append(args[0] if args else kwargs.get("class_name"))
    return original(cls, *args, **kwargs)
enum.EnumType._create_ = counting
at_paint = []
def report():
    import gc
    with open(os.environ["COUNT_FILE"], "w") as f:
        f.write("\n".join(made[at_paint[0]:]) if at_paint else "no paint")
    with open(os.environ["COUNT_FILE"] + ".frozen", "w") as f:
        f.write(str(gc.get_freeze_count()))
atexit.register(report)
import ui.startup
record = ui.startup.record_modules
def marked():
    at_paint.append(len(made))
    record()
ui.startup.record_modules = marked
sys.argv = ["stillpoint", *sys.argv[1:]]
from ui.launch import main
sys.exit(main())
"""


def test_the_exit_builds_no_qt_types(data_dir, tmp_path):
    count_file = tmp_path / "after-paint.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNT_FILE=str(count_file))
    result = subprocess.run(
        [sys.executable, "-c", _COUNT_AFTER_PAINT, "--data-dir", str(data_dir),
         "--quit-after-startup"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    made = count_file.read_text("utf-8").split()
    assert made != ["no", "paint"]
    assert len(made) <= 5, made  # a few for the event loop's last events at most
    # Python's teardown skips what the window made (its last collection walked it all).
    frozen = int(Path(f"{count_file}.frozen").read_text("utf-8"))
    assert frozen > 10_000, frozen


def test_the_style_has_its_python_hint_only_between_first_paint_and_quit(qtbot):
    app = QApplication.instance()
    theme.apply(app, theme.LIGHT, watch=False)
    style = theme._style
    theme._retire_style()  # as an earlier test's quit left it
    theme.apply(app, theme.LIGHT, watch=False)
    assert type(style) is theme._PlainStyle  # before the first paint: Qt answers in C++
    theme.watch_input(app)  # what a window calls after its first paint
    assert type(style) is theme.AltUnderlineStyle
    QTimer.singleShot(0, app.quit)
    app.exec()  # aboutToQuit: Qt answers in C++ again
    assert type(style) is theme._PlainStyle
    theme.watch_input(app)  # a window opened again (tests do)
    assert theme._style is style and type(style) is theme.AltUnderlineStyle


def test_a_theme_change_keeps_the_one_style(qtbot):
    # A new style re-polishes every widget; app.style() is the sheet's, not ours, so the
    # check must not ask it.
    app = QApplication.instance()
    theme.apply(app, theme.LIGHT, watch=False)
    first = theme._style
    theme.apply(app, theme.DARK, watch=False)
    theme.apply(app, theme.LIGHT, watch=False)
    assert theme._style is first


def test_our_modules_are_not_read_for_pyside_features():
    import shibokensupport.feature as feature

    import ui.qt

    # PySide's own check reads the module's source and finds "PySide6" in ui/qt.py; ours
    # answers from the name alone (no feature is ever switched on).
    assert "PySide6" in Path(ui.qt.__file__).read_text("utf-8")
    assert feature._mod_uses_pyside(ui.qt) is False
    assert feature._mod_uses_pyside(os) is False
