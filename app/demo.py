"""Plausible, clearly fake demo data for screenshots, charts and benchmarks.

Deterministic for a seed and an end day. Every note starts with "Demo:" so nobody takes
it for a real diary. It writes only into a database with no entries of its own: demo
data belongs in a separate data dir, never mixed into someone's real log.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

from app.errors import UserError
from app.limits import (
    CALM_MAX,
    CALM_MIN,
    HELPFULNESS_MAX,
    HELPFULNESS_MIN,
    INTENSITY_MAX,
    INTENSITY_MIN,
    SCALE_MAX,
    SCALE_MIN,
)
from app.storage.database import Database
from app.timeutil import stamp_from

# Tables a person's real entries live in; any row there means "not a demo folder".
ENTRY_TABLES = ("mood_checkin", "practice_session", "regulation_entry")

DEMO_NOTES = (
    "Demo: slow walk by the river", "Demo: long call with an old friend",
    "Demo: deadline at work", "Demo: slept badly", "Demo: sunny lunch outside",
    "Demo: quiet evening with a book", "Demo: crowded train", "Demo: cooked something new",
    "Demo: felt left out at the meeting", "Demo: good talk with my sister",
    "Demo: rainy and grey", "Demo: finished a small project", "Demo: waited for a reply",
    "Demo: yoga class", "Demo: too much coffee", "Demo: tidied the flat",
)
# (kind, ref, title, typical minutes, mean rise in calm on a 0-10 scale)
EXERCISES = (
    ("breathing", "box", "Box breathing", 5, 1.3),
    ("breathing", "cyclic-sighing", "Cyclic sighing", 5, 2.1),
    ("breathing", "4-7-8", "4-7-8 breathing", 3, 1.5),
    ("breathing", "resonance", "Resonance breathing", 10, 1.8),
    ("breathing", "extended-exhale", "Extended exhale", 5, 1.4),
    ("visualization", "calm-place", "A calm place", 8, 1.9),
    ("visualization", "loving-kindness", "Loving-kindness", 12, 1.6),
    ("visualization", "body-scan-10", "Body scan (10 minutes)", 10, 1.7),
    ("timer", "timer", "Meditation timer", 15, 1.2),
    ("audio", "demo-rain", "Demo: rain recording", 20, 0.9),
)
EXERCISE_WEIGHTS = (10, 9, 5, 7, 5, 6, 4, 5, 10, 3)
# Tags and how they lean a day's mood (so "days with vs without" has something to find).
DEMO_TAGS = (("outdoors", 0.7), ("exercise", 0.6), ("friends", 0.8), ("working", -0.4),
             ("screens", -0.3), ("family", 0.3), ("home", 0.0), ("resting", 0.2))
# (strategy name, mean helpfulness 0-4, mean intensity drop 0-10)
DEMO_STRATEGIES = (("Breathing exercise", 3.0, 2.6), ("Reappraisal", 2.6, 2.0),
                   ("Opposite action", 2.3, 1.8), ("Problem solving", 2.7, 1.9),
                   ("Mindfulness of the current emotion", 2.4, 1.6),
                   ("Suppression", 1.1, 0.4), ("Situation modification", 2.5, 2.1))
DEMO_SITUATIONS = ("Demo: a tense message from work", "Demo: plans fell through",
                   "Demo: argument about chores", "Demo: no reply for hours",
                   "Demo: crowded shop", "Demo: worried before a meeting")


@dataclass
class DemoPlan:
    years: float
    end: dt.date
    seed: int = 7
    checkins_per_day: float = 2.4
    sessions_per_day: float = 0.7
    skip_day_chance: float = 0.12
    # Local time now: nothing is made later than this on the end day (a demo check-in at
    # 17:38 seen at 09:40 looks like a mistake). None: whole days.
    until: dt.datetime | None = None


@dataclass
class DemoRows:
    mood: list[dict[str, Any]] = field(default_factory=list)
    practice: list[dict[str, Any]] = field(default_factory=list)
    emotions: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[int, str]] = field(default_factory=list)      # (checkin id, tag name)
    regulation: list[dict[str, Any]] = field(default_factory=list)
    regulation_emotions: list[dict[str, Any]] = field(default_factory=list)
    strategies: list[str] = field(default_factory=list)            # per regulation row


def generate(plan: DemoPlan) -> DemoRows:
    """All rows for the plan, built in memory (about 40 MB for ten dense years)."""
    rng = random.Random(plan.seed)
    rows = DemoRows()
    days = max(1, round(plan.years * 365.25))
    start = plan.end - dt.timedelta(days=days - 1)
    drift = 0.0
    for index in range(days):
        day = start + dt.timedelta(days=index)
        # A slow seasonal swing, brighter weekends and a wandering personal baseline.
        drift = 0.85 * drift + rng.gauss(0, 0.45)
        season = 0.9 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 200) / 365.25)
        weekend = 0.6 if day.weekday() >= 5 else 0.0
        base = season + weekend + drift
        day_tags = [t for t in DEMO_TAGS if rng.random() < 0.3]
        base += sum(lean for _name, lean in day_tags)
        if rng.random() >= plan.skip_day_chance:
            _mood_day(rng, plan, day, base, rows, [name for name, _lean in day_tags])
        _practice_day(rng, plan, day, rows.practice)
        if rng.random() < 0.25:
            _regulation(rng, plan, day, rows)
    return rows


def _count(rng: random.Random, mean: float) -> int:
    if mean <= 3:  # a few per day: Poisson-like
        count, limit, product = 0, math.exp(-mean), rng.random()
        while product > limit:
            count += 1
            product *= rng.random()
        return count
    return max(1, round(rng.gauss(mean, mean * 0.3)))


def _later(plan: DemoPlan, moment: dt.datetime) -> bool:
    return plan.until is not None and moment > plan.until


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _moment(day: dt.date, minute_of_day: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute_of_day)


def _mood_day(rng: random.Random, plan: DemoPlan, day: dt.date, base: float,
              rows: DemoRows, day_tags: list[str]) -> None:
    from app.mood.vocabulary import vocabulary

    count = 1 + _count(rng, max(0.0, plan.checkins_per_day - 1))
    minutes = sorted(rng.randint(7 * 60, 22 * 60 + 30) for _ in range(count))
    for index, minute in enumerate(minutes):
        if _later(plan, _moment(day, minute)):
            break  # the minutes are sorted: the rest of the day is later still
        hour = minute / 60
        lively = 1.0 if 9 <= hour < 14 else (-1.3 if hour >= 20 else 0.2)
        stamp = stamp_from(_moment(day, minute))
        checkin_id = len(rows.mood) + 1  # explicit ids: the database is known to be empty
        pleasantness = _clip(base + 0.8 + rng.gauss(0, 1.4), SCALE_MIN, SCALE_MAX)
        energy = _clip(0.5 * base + lively + rng.gauss(0, 1.3), SCALE_MIN, SCALE_MAX)
        rows.mood.append({
            "id": checkin_id, "at_utc": stamp.at_utc, "utc_offset_min": stamp.offset_min,
            "local_day": stamp.local_day, "pleasantness": pleasantness, "energy": energy,
            "note": rng.choice(DEMO_NOTES) if rng.random() < 0.22 else None,
            "sleep_hours": round(rng.gauss(7.2, 0.9) * 2) / 2 if index == 0 else None,
            "deleted_at_utc": None,
        })
        if rng.random() < 0.75:
            near = vocabulary().near(pleasantness, energy, count=6)
            for emotion in rng.sample(near, rng.randint(1, 3)):
                rows.emotions.append({"checkin_id": checkin_id, "word": emotion.word,
                                      "intensity": rng.randint(2, 8)})
        for name in day_tags:
            if rng.random() < 0.7 or index == 0:
                rows.tags.append((checkin_id, name))


def _practice_day(rng: random.Random, plan: DemoPlan, day: dt.date,
                  out: list[dict[str, Any]]) -> None:
    for _ in range(_count(rng, plan.sessions_per_day)):
        kind, ref, title, typical, rise = rng.choices(EXERCISES, EXERCISE_WEIGHTS)[0]
        planned = typical * 60.0
        completed = rng.random() < 0.9
        actual = planned if completed else planned * rng.uniform(0.2, 0.9)
        moment = _moment(day, rng.randint(6 * 60 + 30, 22 * 60))
        stamp = stamp_from(moment)
        rated = rng.random() < 0.7
        before = rng.randint(2, 7) if rated else None
        after = _clip(before + rise + rng.gauss(0, 1.0), CALM_MIN, CALM_MAX) if before is not None else None
        if _later(plan, moment):
            continue
        out.append({
            "kind": kind, "ref": ref, "title": title, "started_at_utc": stamp.at_utc,
            "utc_offset_min": stamp.offset_min, "local_day": stamp.local_day,
            "planned_seconds": planned, "actual_seconds": round(actual, 1),
            "completed": completed, "cycles_completed": None, "calm_before": before,
            "calm_after": after, "details": '{"demo": true}',
        })


def _regulation(rng: random.Random, plan: DemoPlan, day: dt.date, rows: DemoRows) -> None:
    from app.mood.vocabulary import vocabulary

    name, helpful, drop = rng.choices(DEMO_STRATEGIES, (8, 6, 3, 4, 4, 3, 3))[0]
    moment = _moment(day, rng.randint(8 * 60, 22 * 60))
    if _later(plan, moment):
        return
    stamp = stamp_from(moment)
    entry_id = len(rows.regulation) + 1
    rows.strategies.append(name)
    rows.regulation.append({
        "id": entry_id, "at_utc": stamp.at_utc, "utc_offset_min": stamp.offset_min,
        "local_day": stamp.local_day, "situation": rng.choice(DEMO_SITUATIONS),
        "practice_session_id": None,
        "helpfulness": _clip(helpful + rng.gauss(0, 0.8), HELPFULNESS_MIN, HELPFULNESS_MAX),
        "note": None, "attachment_person": None, "attachment_action": None,
        "deleted_at_utc": None,
    })
    quadrant_point = rng.choice(((-3, 3), (-3, -2), (-2, 2), (2, 2)))
    for emotion in rng.sample(vocabulary().near(*quadrant_point, count=5), rng.randint(1, 2)):
        before = rng.randint(4, 9)
        rows.regulation_emotions.append({
            "entry_id": entry_id, "word": emotion.word, "intensity_before": before,
            "intensity_after": _clip(before - drop + rng.gauss(0, 1.0), INTENSITY_MIN, INTENSITY_MAX),
        })


def count_entries(db: Database) -> int:
    return sum(int(db.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
               for table in ENTRY_TABLES)


def fill(db: Database, plan: DemoPlan) -> DemoRows:
    """Write the plan's rows in one transaction; refuse a database that has entries."""
    existing = count_entries(db)
    if existing:
        raise UserError(
            f"this data folder already holds {existing} entries, so no demo data was added; "
            "demo data goes into a new, separate folder (for example --data-dir /tmp/stillpoint-demo)"
        )
    rows = generate(plan)
    from sqlalchemy import insert

    from app.storage.models import (
        CheckinEmotion,
        CheckinTag,
        MoodCheckin,
        PracticeSession,
        RegulationEmotion,
        RegulationEntry,
    )

    tag_ids = {r["name"]: r["id"] for r in db.rows("SELECT id, name FROM context_tag")}
    strategy_ids = {r["name"]: r["id"] for r in db.rows("SELECT id, name FROM regulation_strategy")}
    tags = [{"checkin_id": cid, "tag_id": tag_ids[name]} for cid, name in rows.tags
            if name in tag_ids]
    regulation = [dict(row, strategy_id=strategy_ids[name])
                  for row, name in zip(rows.regulation, rows.strategies, strict=True)
                  if name in strategy_ids]
    kept = {row["id"] for row in regulation}
    # Core bulk inserts: one executemany per table, about 100x faster than ORM objects.
    with db.engine.begin() as conn:
        for table, data in ((MoodCheckin, rows.mood), (PracticeSession, rows.practice),
                            (CheckinEmotion, rows.emotions), (CheckinTag, tags),
                            (RegulationEntry, regulation),
                            (RegulationEmotion, [e for e in rows.regulation_emotions
                                                 if e["entry_id"] in kept])):
            if data:
                conn.execute(insert(table), data)
    return rows
