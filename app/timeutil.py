"""Times are stored in UTC plus the UTC offset at entry, so a "day" is the user's local day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Stamp:
    """A moment as stored: naive UTC time, the local offset then, and the local day."""

    at_utc: dt.datetime
    offset_min: int

    @property
    def local(self) -> dt.datetime:
        return self.at_utc + dt.timedelta(minutes=self.offset_min)

    @property
    def local_day(self) -> dt.date:
        return self.local.date()

    def iso(self) -> str:
        """Local time with the offset in force then, e.g. 2026-11-27T08:30:00+01:00."""
        zone = dt.timezone(dt.timedelta(minutes=self.offset_min))
        return self.local.replace(tzinfo=zone).isoformat(timespec="seconds")


class Stamped:
    """For entries stored with at_utc and utc_offset_min: their local time and ISO stamp."""

    at_utc: dt.datetime
    utc_offset_min: int

    @property
    def local_time(self) -> dt.datetime:
        return Stamp(self.at_utc, self.utc_offset_min).local

    @property
    def at_iso(self) -> str:
        return Stamp(self.at_utc, self.utc_offset_min).iso()


def now_stamp() -> Stamp:
    return stamp_from(dt.datetime.now().astimezone())


def stamp_from(moment: dt.datetime) -> Stamp:
    """A naive datetime is read as this machine's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    offset = moment.utcoffset() or dt.timedelta(0)
    offset_min = int(offset.total_seconds() // 60)
    # Offsets are stored in whole minutes. An offset with seconds (old local mean times
    # such as +00:19:32) would move the local time, and maybe the day, by up to a minute;
    # keep the wall clock exact instead and let the UTC moment give way by those seconds.
    utc = moment.replace(tzinfo=None) - dt.timedelta(minutes=offset_min)
    return Stamp(at_utc=utc, offset_min=offset_min)


# Far outside any life being logged, and far enough from datetime's limits that UTC
# conversion and week arithmetic cannot overflow.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def _in_range(text: str, year: int) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValueError(f"'{text}' is out of range; use a year from {EARLIEST_YEAR} to "
                         f"{LATEST_YEAR}")


def parse_moment(text: str) -> dt.datetime:
    """ISO-8601 date or date-time; raises ValueError with a readable message."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date and time; use ISO-8601 such as 2026-11-27T08:30"
        ) from None
    _in_range(text, moment.year)
    offset = moment.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):
        raise ValueError(f"'{text}' has a UTC offset with seconds; give the offset in hours "
                         "and minutes, such as +05:30")
    return moment


def parse_day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a date; use YYYY-MM-DD such as 2026-11-27") from None
    _in_range(text, day.year)
    return day


def today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def as_date(value: object) -> dt.date:
    """Drivers return dates as objects (PostgreSQL) or ISO text (SQLite raw reads)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
