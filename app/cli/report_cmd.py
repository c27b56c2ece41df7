"""`stillpoint report --from DATE --to DATE --out FILE.pdf`: the therapist report as a PDF.

Drawing a PDF needs Qt, and app/ never imports Qt or ui/. So this module gathers the
report's data and hands it to the writer the front end passed to main() (as
args.pdf_writer, beside launch_gui). Without one (app.cli used on its own) it says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import open_from, parsed, refuse_existing
from app.cli.parser import Commands, Parser
from app.errors import UserError
from app.stats.report import DEFAULT_SECTIONS, SECTIONS, ReportRequest, check_request
from app.timeutil import parse_day


def register(commands: Commands, common: Parser) -> None:
    report = commands.add_parser(
        "report", parents=[common],
        help="a PDF of one period to share with your therapist, if you want to")
    report.add_argument("--from", dest="start", required=True, metavar="DATE",
                        help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", required=True, metavar="DATE",
                        help="last day (YYYY-MM-DD)")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save it")
    report.add_argument("--sections", metavar="LIST", default=",".join(DEFAULT_SECTIONS),
                        help=f"comma-separated, from {','.join(SECTIONS)} (default all but safety)")
    report.add_argument("--force", action="store_true",
                        help="replace FILE.pdf if it already exists")
    report.add_argument("--with-notes", action="store_true",
                        help="include every check-in note of the period (default: none, "
                             "since notes are private until you choose)")
    report.set_defaults(handler=report_pdf)


def report_pdf(args: argparse.Namespace) -> int:
    sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
    if not args.with_notes:
        sections = tuple(s for s in sections if s != "notes")
    request = ReportRequest(start=parsed(parse_day, args.start), end=parsed(parse_day, args.end),
                            sections=sections, note_ids=None)
    check_request(request)
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise UserError(f"the report is a PDF; give --out a name ending in .pdf, not '{out.name}'")
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist; create it or choose another")
    refuse_existing(out, args.force)
    writer = getattr(args, "pdf_writer", None)
    if writer is None:
        raise UserError("PDF reports need the full stillpoint command; run `stillpoint report`")
    from app.stats.report import gather

    with open_from(args) as ctx:
        data = gather(ctx.db, request)
    pages = writer(data, out)
    print(f"Saved a {pages}-page report for {data.period.title()} to {out}.")
    return 0
