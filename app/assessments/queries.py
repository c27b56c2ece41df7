"""Assessment reads: one result, an instrument's history, the latest result of each.

Portable SQL with :named parameters, rows mapped by column name (Database.rows)."""

from __future__ import annotations

import json

from app.assessments.types import AssessmentResult
from app.storage.database import Database, Row
from app.timeutil import as_date, as_datetime

_COLUMNS = ("id, instrument, at_utc, utc_offset_min, local_day, answers, scores, band, "
            "crisis")
LIVE = "deleted_at_utc IS NULL"


def result_from(row: Row) -> AssessmentResult:
    return AssessmentResult(
        id=int(row["id"]), instrument=row["instrument"], at_utc=as_datetime(row["at_utc"]),
        utc_offset_min=int(row["utc_offset_min"]), local_day=as_date(row["local_day"]),
        answers=tuple(int(v) for v in json.loads(row["answers"])),
        scores=dict(json.loads(row["scores"])), band=row["band"], crisis=bool(row["crisis"]))


def get_result(db: Database, result_id: int) -> AssessmentResult | None:
    rows = db.rows(f"SELECT {_COLUMNS} FROM assessment_result WHERE id = :id AND {LIVE}",
                   id=result_id)
    return result_from(rows[0]) if rows else None


def history(db: Database, instrument: str, *, limit: int | None = None) -> list[AssessmentResult]:
    """An instrument's results, the oldest first (the last `limit` of them if given)."""
    sql = (f"SELECT {_COLUMNS} FROM assessment_result WHERE instrument = :instrument "
           f"AND {LIVE} ORDER BY at_utc DESC, id DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [result_from(r) for r in reversed(db.rows(sql, instrument=instrument))]


def all_results(db: Database) -> list[AssessmentResult]:
    """Every live result, the oldest first (the Progress card groups them by instrument)."""
    sql = f"SELECT {_COLUMNS} FROM assessment_result WHERE {LIVE} ORDER BY at_utc, id"
    return [result_from(r) for r in db.rows(sql)]


def latest_by_instrument(db: Database) -> dict[str, AssessmentResult]:
    latest: dict[str, AssessmentResult] = {}
    for result in all_results(db):
        latest[result.instrument] = result
    return latest
