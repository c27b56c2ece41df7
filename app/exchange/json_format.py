"""The versioned JSON export (docs/export-format.md): written table by table, rows in
chunks, so memory stays flat however long the log grows; and read back for an import."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.exchange.columns import FORMAT, VERSION, encode, export_tables, kind, travels
from app.exchange.crypto import Seal, decrypt_bytes, is_encrypted
from app.exchange.files import export_stream, read_import_file
from app.i18n import N_

if TYPE_CHECKING:
    from sqlalchemy import Table

    from app.storage.database import Database

CHUNK = 500
# Told wherever an export is made: the file holds everything, readable by anyone who has it.
PLAIN_TEXT_WARNING = N_("The export is plain text: anyone who opens the file can read "
                         "everything you wrote. Keep it somewhere private.")
Progress = Callable[[int, int], None]


def table_rows(db: Database, table: Table) -> Iterator[dict[str, Any]]:
    """One table's rows as JSON-ready dicts, in key order, fetched CHUNK at a time; the
    rows that stay on this machine (the app lock's settings) are left out."""
    from sqlalchemy import select

    kinds = [(c.name, kind(c)) for c in table.columns]
    with db.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(
            select(table).order_by(*table.primary_key.columns))
        while chunk := result.fetchmany(CHUNK):
            for row in chunk:
                values = row._mapping
                encoded = {name: encode(k, values[name]) for name, k in kinds}
                if travels(table.name, encoded):
                    yield encoded


def export_json(db: Database, path: Path, *, now: dt.datetime | None = None,
                seal: Seal | None = None) -> dict[str, int]:
    """Write every table to `path` (encrypted when sealed); returns rows per table."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    counts: dict[str, int] = {}
    with export_stream(path, seal) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        head = {"format": FORMAT, "version": VERSION, "exported_at": moment.isoformat()}
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n "tables": {')
        for number, table in enumerate(export_tables()):
            out.write(("," if number else "") + f"\n  {json.dumps(table.name)}: [")
            count = 0
            for row in table_rows(db, table):
                out.write(("," if count else "") + "\n   "
                          + json.dumps(row, ensure_ascii=False, sort_keys=False))
                count += 1
            out.write("\n  ]" if count else "]")
            counts[table.name] = count
        out.write("\n }\n}\n")
        out.flush()
        out.detach()
    return counts


class PassphraseNeeded(UserError):
    """The file is an encrypted export and no passphrase was given."""


def read_export(path: Path, passphrase: str | None = None) -> dict[str, list[Any]]:
    """The tables of an export file (decrypted first, when it is encrypted), after checking
    the envelope; UserError naming the line or the field otherwise."""
    data = read_import_file(path)
    if is_encrypted(data):
        if passphrase is None:
            raise PassphraseNeeded(f"{path.name} is protected with a passphrase; type it to "
                                   "import the file")
        data = decrypt_bytes(data, passphrase)
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path.name} is not UTF-8 text; this is not a Stillpoint export"
                        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                        f"column {exc.colno}") from None
    except RecursionError:
        raise UserError(f"{path.name} is nested too deeply; this is not a Stillpoint export"
                        ) from None
    return envelope_tables(document, path.name)


def envelope_tables(document: Any, name: str) -> dict[str, list[Any]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(f"{name} is not a Stillpoint export (the field \"format\" must be "
                        f"\"{FORMAT}\")")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not version >= 1:
        raise UserError(f"{name}: the field \"version\" must be a whole number")
    if version > VERSION:
        raise UserError(f"{name} is export version {version}; this Stillpoint reads up to "
                        f"version {VERSION}", hint="update Stillpoint to import it")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise UserError(f"{name}: the field \"tables\" must be an object of tables")
    known = {t.name for t in export_tables()}
    for table_name, rows in tables.items():
        if table_name not in known:
            raise UserError(f"{name}: unknown table \"{table_name}\" in \"tables\"")
        if not isinstance(rows, list):
            raise UserError(f"{name}: tables.{table_name} must be a list of rows")
    return tables
