"""The `stillpoint` entry point. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from app.cli import main as cli_main

# Printed before Qt is loaded, like the CLI's other one-line errors (not translated).
NO_DISPLAY = ("stillpoint: no desktop display to open the window on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set). Start it from your desktop session, or set "
              "QT_QPA_PLATFORM=offscreen to check it without a window.")


def missing_display(env: Mapping[str, str] = os.environ) -> bool:
    """On Linux and the BSDs Qt needs X11 or Wayland, unless a platform is named (offscreen);
    without one it aborts with its own lines and a core dump."""
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def launch_gui(args: argparse.Namespace) -> int:
    if missing_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from ui.application import run

    try:
        return run(args)
    finally:
        global _window_closed
        _window_closed = True


_window_closed = False


def write_report_pdf(data, path) -> int:
    from ui.report.pdf import write_report

    return write_report(data, path)


def main() -> int:
    # `stillpoint report` is the one sub-command that draws with Qt; app/ cannot import
    # ui/, so the front end hands it the writer, as it hands over the window.
    code = cli_main(sys.argv[1:], launch_gui=launch_gui, pdf_writer=write_report_pdf)
    if _window_closed:
        # The data is closed and saved by now. What is left is Python's own teardown, whose
        # last garbage collection walks every object the window made (~50 ms, longer than
        # the rest of the exit): frozen objects are skipped by it. Memory is the system's
        # again a moment later; atexit work (log handlers, temporary sound files) still runs.
        import gc

        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
