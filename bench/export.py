"""Benchmark: `stillpoint mood list --json` against sqlite3's own `-json` output of the same
check-ins with their words and tags, measured in the same run. Targets: time ratio <= 3,
peak memory <= 80 MiB at 100,000 check-ins and about the same at 10,000 (streamed output).
The same for `regulate list --json` on as many regulation entries with their emotions.

The rows (two emotion words and a tag each, a note on every third) are bulk-inserted with
executemany, not through the service. Each command runs ROUNDS times, interleaved, with
stdout to /dev/null; the median ratio of the pairs counts. Peak memory is the child's own
ru_maxrss (os.wait4). Linux carries a parent's peak into a child it starts, so the filling
runs in a child process too and this one stays small (the "floor" line shows what a child inherits).
Needs the sqlite3 command-line tool (Debian package sqlite3).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SIZES = (10_000, 100_000)
ROUNDS = 5
TIME_TARGET = 3.0
MEMORY_TARGET_MIB = 80

# The same rows, words and tags as `mood list --json` gives, as sqlite3 builds them itself.
SQLITE_QUERY = """
SELECT c.id, c.at_utc, c.utc_offset_min, c.local_day, c.pleasantness, c.energy, c.note,
  (SELECT json_group_array(json_object('word', e.word, 'intensity', e.intensity))
     FROM checkin_emotion e WHERE e.checkin_id = c.id) AS emotions,
  (SELECT json_group_array(json_object('name', g.name, 'category', g.category))
     FROM checkin_tag t JOIN context_tag g ON g.id = t.tag_id
     WHERE t.checkin_id = c.id) AS tags,
  c.sleep_hours
FROM mood_checkin c WHERE c.deleted_at_utc IS NULL ORDER BY c.at_utc, c.id;
"""
# The same for `regulate list --json`: entries with their emotions and strategy.
SQLITE_REGULATE_QUERY = """
SELECT r.id, r.at_utc, r.utc_offset_min, r.local_day, r.situation,
  (SELECT json_group_array(json_object('word', x.word, 'before', x.intensity_before,
                                       'after', x.intensity_after))
     FROM regulation_emotion x WHERE x.entry_id = r.id) AS emotions,
  s.name, s.family, r.helpfulness, r.note, r.practice_session_id, r.attachment_person,
  r.attachment_action
FROM regulation_entry r JOIN regulation_strategy s ON s.id = r.strategy_id
WHERE r.deleted_at_utc IS NULL ORDER BY r.at_utc, r.id;
"""


def fill(data_dir: Path, count: int) -> None:
    """Runs in a child process (see the module doc): a new data folder with count check-ins."""
    sys.path.insert(0, str(ROOT))  # run from a checkout
    from app.context import open_context
    from app.limits import INTENSITY_MAX, INTENSITY_MIN, SCALE_MAX, SCALE_MIN
    from app.mood.vocabulary import vocabulary

    ctx = open_context(str(data_dir))
    assert ctx.db.path is not None
    db_path = ctx.db.path
    ctx.close()
    rng = random.Random(5)
    words = vocabulary().names()
    start = dt.datetime(2016, 1, 1, 7, 0)
    checkins, emotions, tags = [], [], []
    for i in range(1, count + 1):
        at = start + dt.timedelta(minutes=53 * i)
        local = at + dt.timedelta(hours=1)
        note = f"note {i}: slow tea, \"quiet\" morning" if i % 3 == 0 else None
        checkins.append((i, at.strftime("%Y-%m-%d %H:%M:%S.%f"), 60, local.date().isoformat(),
                         rng.randint(SCALE_MIN, SCALE_MAX), rng.randint(SCALE_MIN, SCALE_MAX),
                         note, 7.5 if i % 2 else None))
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
        fill_regulation(conn, count, words, rng)


def fill_regulation(conn: sqlite3.Connection, count: int, words: list[str],
                    rng: random.Random) -> None:
    """As many regulation entries, two emotions each, for `regulate list --json`."""
    from app.limits import ATTACHMENT_ACTIONS, HELPFULNESS_MAX, HELPFULNESS_MIN

    strategies = [r[0] for r in conn.execute("SELECT id FROM regulation_strategy")]
    actions = sorted(ATTACHMENT_ACTIONS)
    start = dt.datetime(2016, 1, 1, 7, 30)
    entries, changes = [], []
    for i in range(1, count + 1):
        at = start + dt.timedelta(minutes=53 * i)
        attached = i % 5 == 0
        entries.append((i, at.strftime("%Y-%m-%d %H:%M:%S.%f"), 60,
                        (at + dt.timedelta(hours=1)).date().isoformat(), f"situation {i}",
                        rng.choice(strategies), rng.randint(HELPFULNESS_MIN, HELPFULNESS_MAX),
                        f"note {i}" if i % 3 == 0 else None, "my sister" if attached else None,
                        rng.choice(actions) if attached else None))
        for word in rng.sample(words, 2):
            changes.append((i, word, rng.randint(1, 10), rng.choice((None, 2, 5))))
    conn.executemany(
        "INSERT INTO regulation_entry (id, at_utc, utc_offset_min, local_day, situation, "
        "strategy_id, helpfulness, note, attachment_person, attachment_action) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    conn.executemany(
        "INSERT INTO regulation_emotion (entry_id, word, intensity_before, intensity_after) "
        "VALUES (?, ?, ?, ?)", changes)


# Bytecode cached in a temporary folder, as in an installed copy, even where
# PYTHONDONTWRITEBYTECODE is set (else every run would compile the whole CLI first).
CHILD_ENV = dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(tempfile.gettempdir(),
                                                              "stillpoint-bench-pycache"))
CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)


def run(command: list[str], stdin: str | None = None) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak RSS in MiB) of one run of command, stdout thrown away.
    CPU time is shown too: on a busy machine it varies less than the wall clock."""
    with open(os.devnull, "w") as sink:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else None,
                                stdout=sink, stderr=subprocess.PIPE, text=True, env=CHILD_ENV)
        if stdin:
            assert proc.stdin is not None
            proc.stdin.write(stdin)
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        assert proc.stderr is not None
        raise SystemExit(f"{command[0]} failed: {proc.stderr.read().strip()}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def best(results: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    return (min(r[0] for r in results), min(r[1] for r in results),
            max(r[2] for r in results))


def measure(tmp: Path, count: int) -> dict[str, list[tuple[float, float, float]]]:
    """Each side ROUNDS times, interleaved, so machine noise hits both alike."""
    data_dir = tmp / f"data-{count}"
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "fill", str(data_dir), str(count)], check=True)
    db_path = data_dir / "stillpoint.db"
    print(f"stored {count:,} check-ins with words and tags in "
          f"{time.perf_counter() - started:.1f} s")
    stillpoint = [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
                  "mood", "list", "--json"]
    sqlite = ["sqlite3", "-readonly", "-json", str(db_path)]
    regulate = [*stillpoint[:-3], "regulate", "list", "--json"]
    run(stillpoint)  # compiles the bytecode once, as an installed copy has it
    found: dict[str, list[tuple[float, float, float]]] = {
        "stillpoint": [], "sqlite3": [], "regulate": [], "sqlite3 reg": []}
    for _ in range(ROUNDS):
        found["stillpoint"].append(run(stillpoint))
        found["sqlite3"].append(run(sqlite, SQLITE_QUERY))
        found["regulate"].append(run(regulate))
        found["sqlite3 reg"].append(run(sqlite, SQLITE_REGULATE_QUERY))
    return found


def main() -> int:
    if sys.argv[1:2] == ["fill"]:
        fill(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    if shutil.which("sqlite3") is None:
        print("needs the sqlite3 command-line tool: apt-get install -y sqlite3")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        results = {count: measure(Path(tmp), count) for count in SIZES}
    print(f"floor (what any child of this process starts with): {run(['true'])[2]:.1f} MiB")
    for count, found in results.items():
        for name, runs in found.items():
            seconds, cpu, mib = best(runs)
            print(f"{count:>7,} {name:>10}: {seconds:.2f} s (CPU {cpu:.2f} s), "
                  f"peak {mib:.1f} MiB (best of {ROUNDS})")
    small = {k: best(v) for k, v in results[SIZES[0]].items()}
    pairs = list(zip(results[SIZES[-1]]["stillpoint"], results[SIZES[-1]]["sqlite3"],
                     strict=True))
    large = {k: best(v) for k, v in results[SIZES[-1]].items()}
    ratio = statistics.median(a[0] / b[0] for a, b in pairs)
    verdict = "within" if ratio <= TIME_TARGET else "ABOVE"
    print(f"time ratio stillpoint / sqlite3 at {SIZES[-1]:,} (median of interleaved pairs): "
          f"{ratio:.2f} ({verdict} the {TIME_TARGET:g} target); CPU time ratio "
          f"{statistics.median(a[1] / b[1] for a, b in pairs):.2f}")
    pairs = list(zip(results[SIZES[-1]]["regulate"], results[SIZES[-1]]["sqlite3 reg"],
                     strict=True))
    ratio = statistics.median(a[0] / b[0] for a, b in pairs)
    print(f"regulate list --json / sqlite3 at {SIZES[-1]:,} entries: {ratio:.2f} "
          f"({'within' if ratio <= TIME_TARGET else 'ABOVE'} the {TIME_TARGET:g} target); "
          f"CPU time ratio {statistics.median(a[1] / b[1] for a, b in pairs):.2f}; "
          f"peak {large['regulate'][2]:.1f} MiB")
    peak = large["stillpoint"][2]
    verdict = "within" if peak <= MEMORY_TARGET_MIB else "ABOVE"
    print(f"stillpoint peak memory at {SIZES[-1]:,}: {peak:.1f} MiB "
          f"({verdict} the {MEMORY_TARGET_MIB} MiB target); at {SIZES[0]:,}: "
          f"{small['stillpoint'][2]:.1f} MiB (flatness {peak / small['stillpoint'][2]:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
