"""`stillpoint backup [--out FILE]`, `stillpoint backups [--json]`, `stillpoint restore FILE`.

These open the database file without migrating it: a damaged or older file must still be
listed, backed up or replaced by a good backup.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from app import paths
from app.backup.service import DEFAULT_KEEP, BackupService
from app.cli.common import print_json
from app.cli.parser import Commands, Parser
from app.errors import UserError
from app.storage.database import Database


def register(commands: Commands, common: Parser) -> None:
    backup = commands.add_parser("backup", help="back up the database now", parents=[common])
    backup.add_argument("--out", metavar="FILE",
                        help="write the backup to FILE instead of the backups folder")
    backup.set_defaults(handler=backup_now)
    listing = commands.add_parser("backups", help="list the backups, the newest first",
                                  parents=[common])
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=backups_list)
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is kept)",
        parents=[common])
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=restore_file)


@contextlib.contextmanager
def _service(args: argparse.Namespace) -> Iterator[BackupService]:
    location = paths.resolve(getattr(args, "data_dir", None),
                             getattr(args, "database_url", None))
    db = Database(location.database_url)
    if db.path is None:
        from app.backup.files import not_sqlite

        raise not_sqlite(db.where)
    paths.prepare(location)
    try:
        yield BackupService(db, location.backups_dir, keep=lambda: _keep(db))
    finally:
        db.dispose()


def _keep(db: Database) -> int:
    """The backups_keep setting, or the default when the database cannot say."""
    try:
        from app.settings.queries import stored_value

        raw = stored_value(db, "backups_keep")
        return int(raw) if raw is not None else DEFAULT_KEEP
    except (UserError, ValueError):
        return DEFAULT_KEEP


def backup_now(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.exists():
        raise UserError(f"{out} already exists; choose another name")
    with _service(args) as service:
        if service.source_missing():
            raise UserError("there is no database to back up yet")
        target = service.create(out)
    print(f"Backed up to {target}.")
    return 0


def backups_list(args: argparse.Namespace) -> int:
    with _service(args) as service:
        found = service.backups()
    if args.json:
        print_json({"backups": [
            {"path": str(b.path), "taken_at": b.taken_at.isoformat().replace("+00:00", "Z"),
             "size": b.size, "reason": b.reason} for b in found]})
        return 0
    if not found:
        print("No backups yet.")
    for b in found:
        when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        note = f"  ({b.reason.replace('-', ' ')})" if b.reason else ""
        print(f"{when}  {b.size // 1024:>6} KB  {b.path}{note}")
    return 0


def restore_file(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    with _service(args) as service:
        saved = service.restore(source)
    print(f"Restored {source}.")
    if saved is not None:
        what = "damaged database was kept as" if ".damaged-" in saved.name else \
            "database as it was is backed up in"
        print(f"The {what} {saved}.")
    return 0
