"""Mood check-ins: pleasantness and energy from -5 to 5, an optional note, a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import UserError
from app.events import EventHub, MoodChanged
from app.storage.database import Database
from app.timeutil import Stamp, as_date, as_datetime, now_stamp, stamp_from

SCALE_MIN, SCALE_MAX = -5, 5
NOTE_MAX = 2000


@dataclass(frozen=True)
class Checkin:
    id: int
    at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    pleasantness: int
    energy: int
    note: str | None

    @property
    def local_time(self) -> dt.datetime:
        return self.at_utc + dt.timedelta(minutes=self.utc_offset_min)

    def to_json(self) -> dict:
        offset = dt.timezone(dt.timedelta(minutes=self.utc_offset_min))
        return {
            "id": self.id,
            "at": self.local_time.replace(tzinfo=offset).isoformat(timespec="seconds"),
            "day": self.local_day.isoformat(),
            "pleasantness": self.pleasantness,
            "energy": self.energy,
            "note": self.note,
        }


_COLUMNS = "id, at_utc, utc_offset_min, local_day, pleasantness, energy, note"
# Portable SQL with :named parameters: runs through sqlite3 or SQLAlchemy alike.
SQL_SINCE = f"SELECT {_COLUMNS} FROM mood_checkin WHERE local_day >= :since ORDER BY at_utc, id"
SQL_DAY = f"SELECT {_COLUMNS} FROM mood_checkin WHERE local_day = :day ORDER BY at_utc, id"
SQL_ALL = f"SELECT {_COLUMNS} FROM mood_checkin ORDER BY at_utc, id"


def _checkin(row: tuple) -> Checkin:
    return Checkin(
        id=row[0],
        at_utc=as_datetime(row[1]),
        utc_offset_min=row[2],
        local_day=as_date(row[3]),
        pleasantness=row[4],
        energy=row[5],
        note=row[6],
    )


def validate_level(name: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise UserError(f"{name} must be a whole number from {SCALE_MIN} to {SCALE_MAX}")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise UserError(f"{name} must be from {SCALE_MIN} to {SCALE_MAX}, not {value}")
    return value


class MoodService:
    def __init__(self, db: Database, hub: EventHub | None = None) -> None:
        self._db = db
        self._hub = hub or EventHub()

    def add_checkin(
        self,
        *,
        pleasantness: int,
        energy: int,
        note: str | None = None,
        at: dt.datetime | None = None,
    ) -> Checkin:
        validate_level("pleasantness", pleasantness)
        validate_level("energy", energy)
        note = (note or "").strip() or None
        if note is not None and len(note) > NOTE_MAX:
            raise UserError(f"the note is {len(note)} characters; keep it under {NOTE_MAX}")
        stamp: Stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            row = MoodCheckin(
                at_utc=stamp.at_utc,
                utc_offset_min=stamp.offset_min,
                local_day=stamp.local_day,
                pleasantness=pleasantness,
                energy=energy,
                note=note,
            )
            session.add(row)
            session.flush()
            result = Checkin(
                row.id, row.at_utc, row.utc_offset_min, row.local_day,
                row.pleasantness, row.energy, row.note,
            )
        self._hub.publish(MoodChanged(day=result.local_day))
        return result

    def list_for_day(self, day: dt.date) -> list[Checkin]:
        return [_checkin(r) for r in self._db.read(SQL_DAY, day=day)]

    def list_checkins(self, *, since: dt.date | None = None) -> list[Checkin]:
        if since is None:
            return [_checkin(r) for r in self._db.read(SQL_ALL)]
        return [_checkin(r) for r in self._db.read(SQL_SINCE, since=since)]
