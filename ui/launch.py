"""The `stillpoint` entry point. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import sys

from app.cli import main as cli_main


def launch_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args)


def main() -> int:
    return cli_main(sys.argv[1:], launch_gui=launch_gui)


if __name__ == "__main__":
    sys.exit(main())
