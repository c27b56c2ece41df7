"""`stillpoint export`, `stillpoint import` and `stillpoint check`: own your data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import open_from, print_json
from app.cli.daylio_cmd import add_daylio_options, import_daylio_file
from app.cli.parser import Commands, Parser
from app.errors import UserError
from app.exchange import passphrase
from app.exchange.crypto import Seal
from app.exchange.json_format import PLAIN_TEXT_WARNING
from app.exchange.service import EXPORT_FORMATS

# Where `import --from` reads from; another source adds its name and a branch in run_import.
IMPORT_SOURCES = ("stillpoint", "daylio")


def register(commands: Commands, common: Parser) -> None:
    export = commands.add_parser("export", parents=[common],
                                 help="write all your data to one file (JSON, or CSV in a zip)")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json", metavar="WHAT",
                        help="json (default; can be imported again) or csv (a zip of one "
                             "CSV file per table, for spreadsheets)")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--force", action="store_true",
                        help="replace FILE if it already exists")
    export.add_argument("--json", action="store_true", help="print rows per table as JSON")
    export.add_argument("--encrypt", action="store_true",
                        help="protect the file with a passphrase (AES-256-GCM), taken from "
                             f"{passphrase.ENV} or typed twice")
    export.set_defaults(handler=run_export)
    imp = commands.add_parser("import", parents=[common],
                              help="add the entries of an export file to your data")
    imp.add_argument("path", metavar="PATH", help="the file to import")
    imp.add_argument("--from", dest="source", choices=IMPORT_SOURCES, default="stillpoint",
                     metavar="WHAT", help="stillpoint (default: a Stillpoint JSON export) "
                                          "or daylio (a Daylio CSV export)")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_daylio_options(imp)
    imp.set_defaults(handler=run_import)
    check = commands.add_parser("check", parents=[common],
                                help="check the database is whole; exit 1 on any problem")
    check.set_defaults(handler=run_check)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    # Never write over a file by accident: a mistyped path could be anything the person
    # (or, as root, the system) needs. Replacing is an explicit choice.
    try:
        taken = out.exists() or out.is_symlink()
        if taken and not args.force:
            raise UserError(f"{out} already exists; choose another name, or add --force to "
                            "replace it")
        seal = Seal(passphrase.for_export()) if args.encrypt else None
        with open_from(args) as ctx:
            counts = ctx.exchange.export(out, args.format, seal=seal)
    except OSError as exc:  # a name too long, a folder that cannot be written, a full disk
        shown = str(out) if len(str(out)) <= 80 else str(out)[:77] + "..."
        raise UserError(f"cannot write {shown}: {exc.strerror or exc}") from None
    # The warning goes to stderr so that --json output stays one document.
    if not args.encrypt:
        print(f"Note: {PLAIN_TEXT_WARNING}", file=sys.stderr)
    if args.json:
        print_json({"path": str(out), "format": args.format, "tables": counts})
    else:
        print(f"Exported {sum(counts.values())} rows from {len(counts)} tables to {out}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if args.source == "daylio":
        return import_daylio_file(args, path)
    if args.mood or args.tag_kind:
        raise UserError("--mood and --tag-kind are for --from daylio")
    secret = passphrase.for_import(path.name) if passphrase.file_is_encrypted(path) else None
    with open_from(args) as ctx:
        summary = ctx.exchange.import_file(path, passphrase=secret)
    if args.json:
        print_json(summary.as_json())
    else:
        print(f"Read {summary.read} rows: {summary.added} added, "
              f"{summary.present} already present.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        found = ctx.exchange.check()
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem{'s' if len(found) != 1 else ''} found.", file=sys.stderr)
        return 1
    print("No problems found.")
    return 0
