"""CSV for spreadsheets: one file per table, with a header, in one zip. Values are written
as in the JSON export (times with their offset, true/false); an empty cell is no value."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from app.exchange.columns import export_tables
from app.exchange.crypto import Seal
from app.exchange.files import export_stream
from app.exchange.json_format import table_rows
from app.storage.database import Database


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def export_csv(db: Database, path: Path, *, seal: Seal | None = None) -> dict[str, int]:
    """Write <table>.csv for every table into the zip at `path` (encrypted when sealed);
    returns rows per table."""
    counts: dict[str, int] = {}
    with export_stream(path, seal) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        for table in export_tables():
            names = [c.name for c in table.columns]
            count = 0
            with archive.open(f"{table.name}.csv", "w") as member:
                text = io.TextIOWrapper(member, encoding="utf-8", newline="")
                writer = csv.writer(text)
                writer.writerow(names)
                for row in table_rows(db, table):
                    writer.writerow([_cell(row[n]) for n in names])
                    count += 1
                text.flush()
                text.detach()
            counts[table.name] = count
    return counts
