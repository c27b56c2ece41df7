"""Start-up time and peak memory of `stillpoint --quit-after-startup` vs a bare PySide6 window.

The data dir holds three years of check-ins (about 5,000 rows). Runs are interleaved so
machine noise hits both sides alike; the median ratio is what counts (target <= 3.0x).
Usage: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = 3.0


def make_data_dir(folder: Path, years: int = 3) -> int:
    from app.context import open_context

    open_context(str(folder)).close()
    rng = random.Random(7)
    rows = []
    start = dt.date.today() - dt.timedelta(days=365 * years)
    for day_index in range(365 * years):
        day = start + dt.timedelta(days=day_index)
        for _ in range(rng.choice((4, 4, 5, 5, 6))):
            at = dt.datetime.combine(day, dt.time(rng.randint(7, 22), rng.randint(0, 59)))
            rows.append((at.strftime("%Y-%m-%d %H:%M:%S.000000"), 60, day.isoformat(),
                         rng.randint(-5, 5), rng.randint(-5, 5), None))
    with contextlib.closing(sqlite3.connect(folder / "stillpoint.db")) as conn, conn:
        conn.executemany(
            "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness, energy,"
            " note) VALUES (?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed: {proc.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        rows = make_data_dir(Path(tmp))
        app_cmd = [sys.executable, "-m", "ui.launch", "--data-dir", tmp, "--quit-after-startup"]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        timed(app_cmd, env), timed(bare_cmd, env)  # warm the page cache for both
        app_runs, bare_runs = [], []
        for _ in range(args.runs):
            app_runs.append(timed(app_cmd, env))
            bare_runs.append(timed(bare_cmd, env))
    ratios = [a[0] / b[0] for a, b in zip(app_runs, bare_runs, strict=False)]
    app_t = statistics.median(r[0] for r in app_runs)
    bare_t = statistics.median(r[0] for r in bare_runs)
    app_m = statistics.median(r[1] for r in app_runs) / 1024
    bare_m = statistics.median(r[1] for r in bare_runs) / 1024
    ratio = statistics.median(ratios)
    print(f"data: {rows} check-ins over three years; {args.runs} interleaved runs each")
    print(f"bare window:            {bare_t * 1000:7.0f} ms   peak {bare_m:6.1f} MiB")
    print(f"stillpoint start-up:    {app_t * 1000:7.0f} ms   peak {app_m:6.1f} MiB")
    print(f"time ratio (median):    {ratio:7.2f}x   target <= {TARGET:.1f}x: "
          f"{'met' if ratio <= TARGET else 'NOT met'}")
    print(f"memory ratio (median):  {app_m / bare_m:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
