"""What `mood add` and `regulate add` share: the --at moment, the --emotion ratings, and the
line that says what was saved."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from app.cli.common import parsed
from app.cli.parser import Parser
from app.mood.vocabulary import parse_rating
from app.timeutil import parse_moment


class _Dated(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def local_day(self) -> dt.date: ...


def add_moment_option(add: Parser) -> None:
    add.add_argument("--at", metavar="ISO-8601",
                     help="when (default now); without an offset, local time is meant")


def moment(args: argparse.Namespace) -> dt.datetime | None:
    """The --at moment, or None for now."""
    return parsed(parse_moment, args.at) if args.at else None


def rated_emotions(texts: Iterable[str], *, parts: int = 1) -> list[tuple[str, int, int | None]]:
    """Each 'WORD:N' (or with parts=2 'WORD:N[:M]') as (word, N, M or None), the word checked
    against the vocabulary and each number against the intensity scale."""
    rated: list[tuple[str, int, int | None]] = []
    for word, values in (parse_rating(text, parts=parts) for text in texts):
        first = values[0]
        assert first is not None  # parse_rating refuses a rating without a number
        rated.append((word, first, values[1] if parts > 1 else None))
    return rated


def say_saved(what: str, entry: _Dated) -> int:
    """The one line an `add` prints, and its exit status."""
    print(f"Saved {what} {entry.id} for {entry.local_day.isoformat()}.")
    return 0
