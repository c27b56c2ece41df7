"""The `stillpoint` entry point. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import sys

from app.cli import main as cli_main


def launch_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args)


def write_report_pdf(data, path) -> int:
    from ui.report.pdf import write_report

    return write_report(data, path)


def main() -> int:
    # `stillpoint report` is the one sub-command that draws with Qt; app/ cannot import
    # ui/, so the front end hands it the writer, as it hands over the window.
    return cli_main(sys.argv[1:], launch_gui=launch_gui, pdf_writer=write_report_pdf)


if __name__ == "__main__":
    sys.exit(main())
