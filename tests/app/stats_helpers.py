"""Independent recomputation of chart figures straight from the stored rows (test helper)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path


def stored_checkins(data_dir: Path) -> list[tuple[dt.date, int, int]]:
    """(local day from UTC + offset, pleasantness, energy) of every live check-in.

    The day is derived here from at_utc and the offset, not read from local_day, so a
    wrong stored day would show up as a mismatch."""
    with contextlib.closing(sqlite3.connect(data_dir / "stillpoint.db")) as conn:
        rows = conn.execute("SELECT at_utc, utc_offset_min, pleasantness, energy FROM "
                            "mood_checkin WHERE deleted_at_utc IS NULL").fetchall()
    out = []
    for at_utc, offset, p, e in rows:
        local = dt.datetime.fromisoformat(at_utc) + dt.timedelta(minutes=offset)
        out.append((local.date(), p, e))
    return out


def by_day(data_dir: Path) -> dict[dt.date, list[tuple[int, int]]]:
    days: dict[dt.date, list[tuple[int, int]]] = defaultdict(list)
    for day, p, e in stored_checkins(data_dir):
        days[day].append((p, e))
    return dict(days)


def expected_day(values: list[tuple[int, int]]) -> dict:
    ps, es = [v[0] for v in values], [v[1] for v in values]
    return {"entries": len(values), "pleasantness": sum(ps) / len(ps),
            "energy": sum(es) / len(es), "p_min": min(ps), "p_max": max(ps),
            "e_min": min(es), "e_max": max(es)}


def berlin(text: str) -> dt.datetime:
    """An aware local time; the offset comes from the test TZ (Europe/Berlin)."""
    return dt.datetime.fromisoformat(text).astimezone()
