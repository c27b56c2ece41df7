"""The `stillpoint` entry point. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import sys

from app.cli import main as cli_main
from app.cli import report_cmd


def launch_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args)


def write_report_pdf(data, path) -> int:
    from ui.report.pdf import write_report

    return write_report(data, path)


# `stillpoint report` is the one sub-command that draws with Qt; app/ cannot import ui/,
# so the front end hands it the writer, as it hands launch_gui to main().
report_cmd.use_pdf_writer(write_report_pdf)


def main() -> int:
    return cli_main(sys.argv[1:], launch_gui=launch_gui)


if __name__ == "__main__":
    sys.exit(main())
