"""Importing an export: every row is checked before anything is written, then all of it is
written in one transaction. Rows already in the database are recognised and skipped, and
ids are remapped where the database already uses them, so nothing is doubled or lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.exchange.columns import decode, export_tables, kind, own_id, travels

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

    from app.storage.database import Database

Progress = Callable[[int, int], None]
# session_item points at rows of several tables by (kind, item_id), without a foreign key.
SESSION_ITEM_TABLES = {"checkin": "mood_checkin", "journal": "journal_entry",
                       "regulation": "regulation_entry", "assessment": "assessment_result"}


@dataclass
class ImportSummary:
    read: int = 0
    added: int = 0
    present: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"read": self.read, "added": self.added, "already_present": self.present,
                "tables": self.tables}


def place(table: str, index: int, column: str | None = None) -> str:
    """Where a row is, as the person can find it in the file (rows counted from 1)."""
    return f"tables.{table}[{index + 1}]" + (f".{column}" if column else "")


def checked_rows(tables: dict[str, list[Any]]) -> dict[str, list[dict[str, Any]]]:
    """Every row decoded and checked (kinds, lengths, required fields, keys, foreign keys
    within the file); UserError naming the first problem's place. Rows that stay on the
    machine they were made on (the app lock's settings, which an older export may hold)
    are checked like any other, then dropped: an import never sets or replaces a lock."""
    decoded: dict[str, list[dict[str, Any]]] = {}
    for table in export_tables():
        rows = [_checked_row(table, i, raw) for i, raw in enumerate(tables.get(table.name, []))]
        decoded[table.name] = [row for row in rows if travels(table.name, row)]
    for table in export_tables():
        _check_foreign_keys(table, decoded)
    return decoded


def _checked_row(table: Table, index: int, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise UserError(f"{place(table.name, index)} must be an object of fields")
    unknown = sorted(set(raw) - set(table.columns.keys()))
    if unknown:
        raise UserError(f"{place(table.name, index, unknown[0])}: unknown field")
    row: dict[str, Any] = {}
    for column in table.columns:
        length = getattr(column.type, "length", None)
        try:
            value = decode(kind(column), raw.get(column.name), max_length=length)
        except ValueError as exc:
            raise UserError(f"{place(table.name, index, column.name)} {exc}") from None
        if value is None and column.name not in raw and column.default is not None:
            value = getattr(column.default, "arg", None)
        if value is None and not column.nullable:
            raise UserError(f"{place(table.name, index, column.name)} is required")
        row[column.name] = value
    return row


def _check_foreign_keys(table: Table, decoded: dict[str, list[dict[str, Any]]]) -> None:
    keys = [tuple(r[c.name] for c in table.primary_key.columns) for r in decoded[table.name]]
    seen: set[tuple[Any, ...]] = set()
    for index, key in enumerate(keys):
        if key in seen:
            raise UserError(f"{place(table.name, index)}: the key {list(key)} appears twice")
        seen.add(key)
    for fk in table.foreign_keys:
        parent = fk.column.table.name
        parent_ids = {r[fk.column.name] for r in decoded[parent]}
        for index, row in enumerate(decoded[table.name]):
            value = row[fk.parent.name]
            if value is not None and value not in parent_ids:
                raise UserError(f"{place(table.name, index, fk.parent.name)} points at "
                                f"{parent} {value}, which is not in the file")


def write_rows(db: Database, decoded: dict[str, list[dict[str, Any]]],
               progress: Progress | None = None) -> ImportSummary:
    """Write the checked rows in one transaction; a problem rolls all of it back."""
    summary = ImportSummary(read=sum(len(rows) for rows in decoded.values()))
    id_maps: dict[str, dict[Any, Any]] = {}
    done = 0
    with db.transaction() as session:
        conn = session.connection()
        # session_item's ids are remapped through the tables it points at: write it last.
        for table in sorted(export_tables(), key=lambda t: t.name == "session_item"):
            writer = _TableWriter(conn, table, id_maps)
            for index, row in enumerate(decoded[table.name]):
                writer.write(index, row)
                done += 1
                if progress is not None and done % 200 == 0:
                    progress(done, summary.read)
            summary.tables[table.name] = {"added": writer.added, "already_present":
                                          writer.present}
            summary.added += writer.added
            summary.present += writer.present
        _advance_sequences(conn)
    if progress is not None:
        progress(summary.read, summary.read)
    return summary


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL: rows written with their own ids do not move the id sequences, so the
    next row the app adds would collide; set each sequence past the highest id."""
    if conn.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    for table in export_tables():
        if own_id(table):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))


class _TableWriter:
    """Writes one table's rows, knowing which are already there (by content, or by a
    unique key such as a setting's name or a tag's category and name)."""

    def __init__(self, conn: Connection, table: Table, id_maps: dict[str, dict[Any, Any]]
                 ) -> None:
        from sqlalchemy import select

        self.conn, self.table, self.id_maps = conn, table, id_maps
        self.has_id = own_id(table)
        self.ids = id_maps.setdefault(table.name, {})
        self.key_sets = self._key_columns()
        self.known: list[dict[tuple[Any, ...], Any]] = [{} for _ in self.key_sets]
        self.used_ids: set[Any] = set()
        self.added = self.present = 0
        for existing in conn.execute(select(table)).mappings():
            self._remember(dict(existing))

    def _key_columns(self) -> list[tuple[str, ...]]:
        table = self.table
        content = tuple(c.name for c in table.columns if not (self.has_id and c.name == "id"))
        sets = [content]
        if not self.has_id:
            sets.append(tuple(c.name for c in table.primary_key.columns))
        from sqlalchemy import UniqueConstraint

        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                sets.append(tuple(c.name for c in constraint.columns))
        sets += [(c.name,) for c in table.columns if c.unique]
        return sets

    def _remember(self, row: dict[str, Any]) -> None:
        if self.has_id:
            self.used_ids.add(row["id"])
        for known, columns in zip(self.known, self.key_sets, strict=True):
            known.setdefault(tuple(row[c] for c in columns), row.get("id"))

    def write(self, index: int, row: dict[str, Any]) -> None:
        row = self._remapped(row)
        for known, columns in zip(self.known, self.key_sets, strict=True):
            key = tuple(row[c] for c in columns)
            if key in known:
                if self.has_id:
                    self.ids[row["id"]] = known[key]
                self.present += 1
                return
        self._insert(index, row)
        self.added += 1

    def _remapped(self, row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        for fk in self.table.foreign_keys:
            value = row[fk.parent.name]
            if value is not None:
                row[fk.parent.name] = self.id_maps[fk.column.table.name].get(value, value)
        if self.table.name == "session_item":
            target = self.id_maps.get(SESSION_ITEM_TABLES.get(row["kind"], ""), {})
            row["item_id"] = target.get(row["item_id"], row["item_id"])
        return row

    def _insert(self, index: int, row: dict[str, Any]) -> None:
        from sqlalchemy.exc import IntegrityError

        values = dict(row)
        if self.has_id and values["id"] in self.used_ids:
            del values["id"]  # taken here by another row: the database hands out a new one
        try:
            result = self.conn.execute(self.table.insert().values(**values))
        except IntegrityError as exc:
            reason = str(exc.orig).split("\n")[0] if exc.orig is not None else "a limit"
            raise UserError(f"{place(self.table.name, index)} breaks a rule of the database "
                            f"({reason})") from None
        if self.has_id:
            inserted = result.inserted_primary_key
            new_id = values["id"] if "id" in values or inserted is None else inserted[0]
            self.ids[row["id"]] = new_id
            row = {**row, "id": new_id}
        self._remember(row)
