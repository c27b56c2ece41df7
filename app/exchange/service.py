"""Export, import and check, as the window and the CLI call them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import UserError
from app.events import DataImported, EventHub
from app.exchange import check, csv_format, importer, json_format
from app.exchange.crypto import Seal
from app.exchange.importer import ImportSummary, Progress
from app.storage.database import Database

EXPORT_FORMATS = ("json", "csv")


class ExchangeService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self.db = db
        self.hub = hub

    def export(self, path: Path, fmt: str = "json", *, now: dt.datetime | None = None,
               seal: Seal | None = None) -> dict[str, int]:
        """Write everything to `path` (JSON, or a zip of CSV files), encrypted with the
        seal's passphrase when one is given; rows per table."""
        if fmt == "json":
            return json_format.export_json(self.db, path, now=now, seal=seal)
        if fmt == "csv":
            return csv_format.export_csv(self.db, path, seal=seal)
        raise UserError(f"the export format must be json or csv, not '{fmt}'")

    def import_file(self, path: Path, progress: Progress | None = None, *,
                    passphrase: str | None = None) -> ImportSummary:
        """Check the whole file (decrypting and authenticating all of it first, when it is
        encrypted), then write it in one transaction; a bad file changes nothing and the
        UserError names what is wrong and where (PassphraseNeeded: encrypted, none given)."""
        tables = json_format.read_export(path, passphrase)
        decoded = importer.checked_rows(tables)
        summary = importer.write_rows(self.db, decoded, progress)
        if summary.added:
            self.hub.publish(DataImported(added=summary.added))
        return summary

    def check(self) -> list[str]:
        return check.problems(self.db)
