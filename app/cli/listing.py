"""What `mood list` and `regulate list` share: their range options, a JSON document written
item by item, and user text made safe to print on a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from app.cli.common import parsed
from app.cli.parser import Parser
from app.errors import UserError
from app.timeutil import parse_day

_JSON_BATCH = 500
# Control characters would move the cursor, recolour or clear the terminal; bidi overrides
# and line separators can make text read differently from what is stored. Printed as
# escapes instead, so every entry stays on its one line.
_ESCAPES: dict[int, str] = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}
_ESCAPES.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"})
_ESCAPES.update({c: f"\\u{c:04x}" for c in (0x2028, 0x2029, *range(0x202A, 0x202F),
                                            *range(0x2066, 0x206A))})


def add_range_options(lst: Parser, what: str) -> None:
    lst.add_argument("--since", metavar="DATE", help="only from this local day on (YYYY-MM-DD)")
    lst.add_argument("--until", metavar="DATE",
                     help="only up to this local day, included (YYYY-MM-DD)")
    lst.add_argument("--limit", type=_positive, metavar="N", help=f"at most N {what}")
    lst.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"limit must be a whole number of 1 or more, not '{text}'")
    return value


def day_range(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    """--since and --until as days; an empty value is refused, not taken as 'not given'."""
    since = None if args.since is None else parsed(parse_day, args.since)
    until = None if args.until is None else parsed(parse_day, args.until)
    if since is not None and until is not None and until < since:
        raise UserError(f"--until {until.isoformat()} is before --since {since.isoformat()}")
    return since, until


def write_json_list(key: str, items: Iterable[Mapping[str, Any]]) -> None:
    """{"key": [item, ...]} on one line, byte for byte as json.dump writes it, but written
    as the items come so that memory does not grow with their number."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    write = sys.stdout.write
    write(f"{{{encode(key)}: [")
    separator = ""
    # Encoding a batch at once is one call into the C encoder instead of one per item.
    found = iter(items)
    while batch := list(itertools.islice(found, _JSON_BATCH)):
        write(separator)
        write(encode(batch)[1:-1])
        separator = ", "
    write("]}\n")


def write_json_text(key: str, chunks: Iterable[str]) -> None:
    """As write_json_list, for items already encoded: chunks of them joined by ", "."""
    write = sys.stdout.write
    write(f"{{{json.dumps(key)}: [")
    separator = ""
    for text in chunks:
        if text:
            write(separator)
            write(text)
            separator = ", "
    write("]}\n")


def visible(text: str) -> str:
    """text with control characters shown as escapes such as \\x1b, \\r or \\n."""
    return text.translate(_ESCAPES)
