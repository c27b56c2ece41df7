"""Reading a Daylio CSV export, as real phones write it.

Exports differ by app version and phone: three headers (with or without note_title, or an
old one with `year` and a localised date such as "June 19"), a byte-order mark or none,
24-hour or "6:50 pm" times, quoted or bare fields, stray spaces, activities joined by " | ",
newest first, several entries a day, custom mood names. This module only reads: a file
it cannot read at all raises UserError; a row it cannot read is kept as a skip reason.
daylio_import.py maps moods and writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.exchange.files import read_import_file
from app.timeutil import EARLIEST_YEAR, LATEST_YEAR

# A real export of years of daily entries is a few megabytes.
MAX_DAYLIO_BYTES = 50 * 1024 * 1024
# Daylio's five standard moods: their default pleasantness, changeable by the user.
STANDARD_MOODS = {"rad": 5, "good": 3, "meh": 0, "bad": -3, "awful": -5}

_HEADER_HINT = ("the first line should be Daylio's header, such as "
                "full_date,date,weekday,time,mood,activities,note")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.I)
# Month names as Daylio writes the old `date` column on phones in these languages.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        "january jan januar janvier enero ene gennaio gen janeiro januari",
        "february feb februar février fevrier febrero febbraio fevereiro fev februari",
        "march mar märz maerz mars marzo março marco maart",
        "april apr avril abril aprile",
        "may mai mayo maggio mag maio mei",
        "june jun juni juin junio giugno giu junho",
        "july jul juli juillet julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre settembre set setembro",
        "october oct oktober octobre octubre ottobre ott outubro okt",
        "november nov novembre noviembre novembro",
        "december dec dez dezember décembre decembre diciembre dic dicembre dezembro"),
        start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)


@dataclass(frozen=True)
class DaylioEntry:
    line: int  # where it starts in the file, for messages
    local: dt.datetime  # the wall-clock time on the phone, without an offset
    mood: str  # as written, spaces tidied
    activities: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class DaylioFile:
    entries: list[DaylioEntry]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    rows_read: int = 0

    def mood_counts(self) -> dict[str, int]:
        """Each mood name (first spelling seen) and how many entries have it, most first."""
        spelling: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for entry in self.entries:
            key = mood_key(entry.mood)
            spelling.setdefault(key, entry.mood)
            counts[key] += 1
        return {spelling[k]: n for k, n in counts.most_common()}


def mood_key(name: str) -> str:
    """How mood names are matched: spaces tidied, case ignored."""
    return " ".join(name.split()).casefold()


def read_daylio_file(path: Path) -> DaylioFile:
    data = read_import_file(path, MAX_DAYLIO_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name} is not UTF-8 text; give the CSV file Daylio exported"
                        ) from None
    return parse_daylio(text, source=path.name)


def parse_daylio(text: str, *, source: str = "the file") -> DaylioFile:
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise UserError(f"{source} holds binary data; give the CSV file Daylio exported")
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    try:
        header = next(reader, None)
        if header is None:
            raise UserError(f"{source} is empty; {_HEADER_HINT}")
        columns = _columns(header, source)
        entries: list[DaylioEntry] = []
        skipped: list[tuple[int, str]] = []
        rows = 0
        line = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows += 1
                try:
                    entries.append(_entry(row, columns, line))
                except ValueError as exc:
                    skipped.append((line, str(exc)))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(f"{source} is not a CSV file Daylio wrote (line {reader.line_num}: "
                        f"{exc})") from None
    if rows == 0:
        raise UserError(f"{source} has a header but no entries; nothing to import")
    return DaylioFile(entries, skipped, rows)


def _columns(header: list[str], source: str) -> dict[str, int]:
    names = [cell.strip().lower() for cell in header]
    columns = {name: i for i, name in reversed(list(enumerate(names))) if name}
    has_date = "full_date" in columns or {"year", "date"} <= columns.keys()
    if not has_date or not {"time", "mood"} <= columns.keys():
        raise UserError(f"{source} is not a Daylio export; {_HEADER_HINT}")
    columns["_width"] = len(names)
    return columns


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def _entry(row: list[str], columns: dict[str, int], line: int) -> DaylioEntry:
    if len(row) < columns["_width"] - 2 or len(row) > columns["_width"] + 2:
        raise ValueError(f"it has {len(row)} fields where the header names "
                         f"{columns['_width']}")
    if "full_date" in columns:
        day = _iso_day(_cell(row, columns, "full_date"))
    else:
        day = _old_day(_cell(row, columns, "year"), _cell(row, columns, "date"))
    local = dt.datetime.combine(day, _time(_cell(row, columns, "time")))
    mood = " ".join(_cell(row, columns, "mood").split())
    if not mood:
        raise ValueError("it has no mood")
    activities: list[str] = []
    for part in _cell(row, columns, "activities").split("|"):
        name = " ".join(part.split())
        if name and name.casefold() not in (a.casefold() for a in activities):
            activities.append(name)
    title = _plain(_cell(row, columns, "note_title"))
    body = _plain(_cell(row, columns, "note"))
    note = "\n\n".join(part for part in (title, body) if part) or None
    return DaylioEntry(line, local, mood, tuple(activities), note)


def _iso_day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date such as 2024-06-19") from None
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(f"'{text}' is out of range for a Daylio entry")
    return day


def _old_day(year_text: str, text: str) -> dt.date:
    """The old export's year plus a localised 'June 19', '19 June' or '19. Juni'."""
    words = [w for w in re.split(r"[\s.,]+", text.casefold()) if w]
    numbers = [w for w in words if w.isdigit()]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    if len(numbers) != 1 or len(months) != 1 or not year_text.isdigit():
        raise ValueError(f"'{year_text} {text}' is not a date such as 2019 June 19")
    try:
        day = dt.date(int(year_text), months[0], int(numbers[0]))
    except (ValueError, OverflowError):
        raise ValueError(f"'{year_text} {text}' is not a date on the calendar") from None
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(f"'{year_text} {text}' is out of range for a Daylio entry")
    return day


def _time(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a time such as 18:50 or 6:50 pm")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(f"'{text}' is not a time such as 6:50 pm")
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"'{text}' is not a time on the clock")
    return dt.time(hour, minute, second)


def _plain(text: str) -> str:
    """Daylio keeps simple HTML in notes (<br>, <b>): plain text, line breaks kept."""
    text = re.sub(r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|div|li)\s*>", "\n", text, flags=re.I)
    text = re.sub(r"<[^<>]*>", "", text)
    text = html.unescape(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
