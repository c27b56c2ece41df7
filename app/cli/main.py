"""Entry logic shared by every front end; the GUI launcher is passed in, not imported."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.cli.parser import UsageError, build_parser, fail, wants_command
from app.errors import UserError

GuiLauncher = Callable[[argparse.Namespace], int]
# (report data, target path) -> pages written; see app/cli/report_cmd.py
PdfWriter = Callable[[Any, Path], int]


def main(argv: Sequence[str] | None = None, *, launch_gui: GuiLauncher | None = None,
         pdf_writer: PdfWriter | None = None) -> int:
    """The front end passes in what needs Qt: the window and the PDF writer (app/ has no Qt)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(with_commands=wants_command(args_list)).parse_args(args_list)
    except UsageError as exc:
        return fail(str(exc))
    except SystemExit as exc:  # --help and --version print and exit 0
        return int(exc.code or 0)
    args.pdf_writer = pdf_writer
    try:
        if args.command is None:
            if launch_gui is None:
                return fail("the window is not available from here; run the stillpoint command")
            return launch_gui(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UserError as exc:
        return fail(exc.cli_line())
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: the reader has what it wanted.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return _unexpected(args, exc)


def _unexpected(args: argparse.Namespace, exc: Exception) -> int:
    """A full disk, a read-only file or an unreachable server is the user's to fix (exit 2,
    one line); anything else is a bug: logged without what the user wrote, exit 1."""
    from app.logs import log_exception
    from app.storage.failures import storage_problem

    problem = storage_problem(exc)
    if problem is not None:
        return fail(problem.cli_line())
    where = log_exception(args, exc)
    if where is None:
        fail(f"something went wrong ({type(exc).__name__}); the log folder cannot be used, "
             "so nothing was logged")
    else:
        fail(f"something went wrong ({type(exc).__name__}); details are in {where}")
    return 1
