"""Start-up time and peak memory of `stillpoint --quit-after-startup` vs a bare PySide6 window.

Three data sizes: a fresh folder, three years of check-ins (about 5,000 rows) and 100,000
check-ins (demo data, denser than `stillpoint demo-data` makes). Runs are interleaved with
the bare window so machine noise hits both sides alike; the median ratio is what counts
(target <= 2.0x at every size). CPU time (user + system) is shown too: on a shared, busy
machine it is steadier than wall time. "paint" is the time from start to the first paint
alone (both sides write the module list then), without the exit that follows it. Bytecode
is cached in a temporary folder, as in an installed copy, even where PYTHONDONTWRITEBYTECODE
is set.
Usage: python bench/startup.py [--runs N] [--sizes fresh,3y,100k]
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
TARGET = 2.0
SIZES = ("fresh", "3y", "100k")


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


def make_big_data_dir(folder: Path, checkins: int = 100_000) -> int:
    """Demo data (words, tags, practice, regulation) with about `checkins` check-ins."""
    from app.context import open_context
    from app.demo import DemoPlan, fill
    from app.timeutil import today

    years = 30  # the most `stillpoint demo-data` makes; more per day to reach the count
    per_day = checkins / (years * 365.25 * (1 - DemoPlan.skip_day_chance))
    with open_context(str(folder)) as ctx:
        rows = fill(ctx.db, DemoPlan(years=years, end=today(), checkins_per_day=per_day))
    return len(rows.mood)


def make_size(size: str, folder: Path) -> int:
    folder.mkdir()
    if size == "fresh":
        from app.context import open_context

        open_context(str(folder)).close()
        return 0
    return make_data_dir(folder) if size == "3y" else make_big_data_dir(folder)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int, float]:
    """Wall seconds, CPU seconds, peak resident memory (KiB) of one child process, and the
    seconds until its first paint (when it wrote the module list both sides write then)."""
    marker = Path(env["STILLPOINT_STARTUP_MODULES"])
    marker.unlink(missing_ok=True)
    started, started_ns = time.perf_counter(), time.time_ns()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed: {proc.stderr.read().decode()[-500:]}")
    painted = (marker.stat().st_mtime_ns - started_ns) / 1e9
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, painted


def child_env(pycache: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPYCACHEPREFIX=pycache,
               STILLPOINT_STARTUP_MODULES=str(Path(pycache).parent / "painted.txt"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(app_cmd: list[str], bare_cmd: list[str], env: dict[str, str],
            runs: int) -> dict[str, float]:
    timed(app_cmd, env), timed(bare_cmd, env)  # warm the page and bytecode caches
    app_runs, bare_runs = [], []
    for _ in range(runs):
        app_runs.append(timed(app_cmd, env))
        bare_runs.append(timed(bare_cmd, env))
    pairs = list(zip(app_runs, bare_runs, strict=True))
    return {
        "app_ms": statistics.median(a[0] for a in app_runs) * 1000,
        "bare_ms": statistics.median(b[0] for b in bare_runs) * 1000,
        "wall": statistics.median(a[0] / b[0] for a, b in pairs),
        "cpu": statistics.median(a[1] / b[1] for a, b in pairs),
        "app_mib": statistics.median(a[2] for a in app_runs) / 1024,
        "memory": statistics.median(a[2] / b[2] for a, b in pairs),
        "paint": statistics.median(a[3] / b[3] for a, b in pairs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--make", nargs=2, metavar=("SIZE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        print(make_size(args.make[0], Path(args.make[1])))
        return 0
    sizes = [s for s in args.sizes.split(",") if s in SIZES]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    print(f"{args.runs} interleaved runs each; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    print(f"{'data':>16}  {'app ms':>7} {'bare ms':>7}  {'wall':>6} {'cpu':>6} {'paint':>6}  "
          f"{'peak MiB':>8} {'memory':>6}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(str(Path(tmp) / "pycache"))
        for size in sizes:
            folder = Path(tmp) / size
            # In a child: the parent's peak memory would count in every later child's
            # ru_maxrss (Linux keeps it across fork and exec).
            rows = int(subprocess.run(
                [sys.executable, __file__, "--make", size, str(folder)], check=True,
                capture_output=True, text=True).stdout)
            app_cmd = [sys.executable, "-m", "ui.launch", "--data-dir", str(folder),
                       "--quit-after-startup"]
            r = measure(app_cmd, bare_cmd, env, args.runs)
            worst = max(worst, r["wall"])
            print(f"{rows:>7} check-ins  {r['app_ms']:7.0f} {r['bare_ms']:7.0f}  "
                  f"{r['wall']:5.2f}x {r['cpu']:5.2f}x {r['paint']:5.2f}x  {r['app_mib']:8.1f} "
                  f"{r['memory']:5.2f}x")
    print(f"worst time ratio (median): {worst:.2f}x   target <= {TARGET:.1f}x: "
          f"{'met' if worst <= TARGET else 'NOT met'}   (load now {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
