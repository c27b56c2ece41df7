"""Benchmark: p99 latency of adding a check-in (one service call) with 100,000 check-ins
already stored, against an empty database measured in the same run. Target ratio <= 1.5.

The 100,000 rows (each with two emotion words and a tag) are bulk-inserted with
executemany, not through the service. Calls alternate between the two databases so that
machine noise hits both alike.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from app.context import open_context
from app.limits import INTENSITY_MAX, INTENSITY_MIN, SCALE_MAX, SCALE_MIN
from app.mood.types import CheckinDraft
from app.mood.vocabulary import vocabulary

STORED = 100_000
CALLS = 500
WARM_UP = 20


def fill(db_path: Path, rng: random.Random) -> None:
    words = vocabulary().names()
    start = dt.datetime(2016, 1, 1, 7, 0)
    checkins, emotions, tags = [], [], []
    for i in range(1, STORED + 1):
        at = start + dt.timedelta(minutes=53 * i)
        local = at + dt.timedelta(hours=1)
        checkins.append((i, at.strftime("%Y-%m-%d %H:%M:%S.%f"), 60, local.date().isoformat(),
                         rng.randint(SCALE_MIN, SCALE_MAX), rng.randint(SCALE_MIN, SCALE_MAX),
                         None, None))
        for word in rng.sample(words, 2):
            emotions.append((i, word, rng.randint(INTENSITY_MIN, INTENSITY_MAX)))
        tags.append((i, rng.randint(1, 18)))
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO mood_checkin (id, at_utc, utc_offset_min, local_day, pleasantness,"
            " energy, note, sleep_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", checkins)
        conn.executemany(
            "INSERT INTO checkin_emotion (checkin_id, word, intensity) VALUES (?, ?, ?)",
            emotions)
        conn.executemany("INSERT INTO checkin_tag (checkin_id, tag_id) VALUES (?, ?)", tags)


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> int:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        empty = open_context(str(Path(tmp) / "empty"))
        full = open_context(str(Path(tmp) / "full"))
        t0 = time.perf_counter()
        fill(full.db.path, rng)
        print(f"stored {STORED:,} check-ins with words and tags in "
              f"{time.perf_counter() - t0:.1f} s")
        timings: dict[str, list[float]] = {"empty": [], "full": []}
        words = vocabulary().names()
        for i in range(CALLS + WARM_UP):
            for name, ctx in (("empty", empty), ("full", full)):
                draft = CheckinDraft(
                    pleasantness=rng.randint(SCALE_MIN, SCALE_MAX),
                    energy=rng.randint(SCALE_MIN, SCALE_MAX), note="a short note",
                    emotions=dict.fromkeys(rng.sample(words, 2), 5), tags=("home", "partner"),
                    sleep_hours=7.5)
                started = time.perf_counter()
                ctx.mood.add_checkin(draft)
                elapsed = time.perf_counter() - started
                if i >= WARM_UP:
                    timings[name].append(elapsed)
        empty.close()
        full.close()
    for name, samples in timings.items():
        med = sorted(samples)[len(samples) // 2]
        print(f"{name:>6}: median {med * 1000:.2f} ms, p99 {p99(samples) * 1000:.2f} ms "
              f"over {len(samples)} calls")
    median_ratio = (sorted(timings["full"])[len(timings["full"]) // 2]
                    / sorted(timings["empty"])[len(timings["empty"]) // 2])
    print(f"median ratio: {median_ratio:.2f}")
    ratio = p99(timings["full"]) / p99(timings["empty"])
    verdict = "within" if ratio <= 1.5 else "ABOVE"
    print(f"p99 ratio with {STORED:,} stored / empty: {ratio:.2f} ({verdict} the 1.5 target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
