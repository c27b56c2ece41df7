"""Helpers shared by sub-commands: opening the data and turning bad values into UserError."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from app.context import AppContext, open_context
from app.errors import UserError
from app.storage.database import user_may_write

T = TypeVar("T")


def open_from(args: argparse.Namespace) -> AppContext:
    return open_context(getattr(args, "data_dir", None), getattr(args, "database_url", None))


def parsed(parse: Callable[[str], T], text: str) -> T:
    try:
        return parse(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def print_each(lines: Iterable[str], *, empty: str) -> None:
    """Each line as it streams in (a list of any length needs the memory of one chunk);
    `empty` when there were none."""
    shown = False
    for line in lines:
        print(line)
        shown = True
    if not shown:
        print(empty)


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def refuse_existing(out: Path, force: bool) -> None:
    """Never write over a file by accident: a mistyped path could be anything the person
    (or, as root, the system) needs. Replacing is an explicit choice (--force)."""
    if (out.exists() or out.is_symlink()) and not force:
        raise UserError(f"{out} already exists; choose another name, or add --force to replace it")
    if out.exists() and not out.is_file():
        raise UserError(f"{out} is not a regular file (it is a folder, device or pipe); "
                        "choose a file name")
    folder = out.parent
    if folder.is_dir() and not user_may_write(folder):
        # Root could still write there; a folder the user made read-only means "not here".
        raise UserError(f"the folder {folder} is read-only; choose another place "
                        "(nothing was written)")
