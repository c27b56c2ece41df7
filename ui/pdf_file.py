"""A private A4 PDF that appears whole or not at all: the therapist report and the safety
plan both hold the most private things a person writes."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import UserError
from ui.i18n import translate
from ui.qt import QMarginsF, QPageLayout, QPageSize, QPdfWriter


def cannot_write(path: Path) -> UserError:
    return UserError(
        translate("ui.pdf_file", "could not write {path}; choose a folder you can write to").format(path=path)
    )


def private_part(path: Path) -> Path:
    """The file drawn into before it is renamed to `path`, made 0600 before anything is
    in it. chmod too, as O_CREAT's mode does not change a leftover .part file."""
    partial = path.with_name(path.name + ".part")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(partial, 0o600)
    except OSError:
        raise cannot_write(path) from None
    return partial


def a4_writer(partial: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(partial))
    writer.setTitle(title)
    writer.setCreator("Stillpoint")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer
