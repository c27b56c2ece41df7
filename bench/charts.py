"""Benchmark: the Progress page over ten years of data against the same page over one week.

Both data sets come from the demo generator at the same density (about 27 check-ins and
5.5 practice sessions a day: ~100,000 check-ins and ~20,000 sessions in ten years), so the
ratio shows whether cost follows the days shown (ratio near 1) or everything stored.
Timed, each as the median of several runs, painted on an offscreen screen:
  open   show the page, build the mood chart, draw the weekly view, paint (pyqtgraph loaded)
  rest   then the cards below the fold (words, plane, practice, strategies, tags)
  switch move to the previous week and paint
  year   switch to the year view (53 weekly points, year in pixels) and paint
The one-time pyqtgraph import of the first open is printed on its own line.
Targets (ten years): open <= 150 ms, switch <= 50 ms, year <= 300 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.context import open_context
from app.demo import DemoPlan, fill

# About one day in eight has no check-in, so 31 a logged day makes ~100,000 in ten years.
CHECKINS_PER_DAY, SESSIONS_PER_DAY = 31.0, 5.5
TARGETS_MS = {"open": 150.0, "rest": 0.0, "switch": 50.0, "year": 300.0}
REPEATS = 7


def make_data(folder: Path, years: float, end: dt.date) -> tuple[object, int, int]:
    ctx = open_context(str(folder))
    rows = fill(ctx.db, DemoPlan(years=years, end=end, checkins_per_day=CHECKINS_PER_DAY,
                                 sessions_per_day=SESSIONS_PER_DAY))
    return ctx, len(rows.mood), len(rows.practice)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(ctx, app) -> dict[str, float]:
    from ui.progress.page import ProgressPage

    opens, rests, switches, years = [], [], [], []
    for _ in range(REPEATS):
        page = ProgressPage(ctx.stats, ctx.settings, ctx.hub)
        page.resize(1000, 760)
        t0 = time.perf_counter()
        page.show()  # shows the heading and review; the charts follow from zero timers
        page.build_charts()  # what the first timer does: the mood chart, drawn
        page.repaint()
        opens.append(_ms(t0))
        t0 = time.perf_counter()
        page.charts.build_rest()  # the second timer: the cards below the fold
        page.repaint()
        rests.append(_ms(t0))
        t0 = time.perf_counter()
        page.step(-1)
        page.repaint()
        switches.append(_ms(t0))
        t0 = time.perf_counter()
        page.set_kind("year")
        page.repaint()
        years.append(_ms(t0))
        page.close()
        page.deleteLater()
        app.processEvents()
    return {"open": statistics.median(opens), "rest": statistics.median(rests),
            "switch": statistics.median(switches), "year": statistics.median(years)}


def main() -> int:
    from ui.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    end = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        small, small_n, small_p = make_data(Path(tmp) / "week", 7 / 365.25, end)
        big, big_n, big_p = make_data(Path(tmp) / "ten-years", 10, end)
        print(f"data: one week = {small_n} check-ins, {small_p} sessions; ten years = "
              f"{big_n} check-ins, {big_p} sessions (made in {_ms(t0) / 1000:.1f} s)")
        t0 = time.perf_counter()
        import pyqtgraph  # noqa: F401 - the first open of the page pays this once

        print(f"one-time pyqtgraph import on the first open: {_ms(t0):.0f} ms")
        measure(small, app)  # warm-up: fonts, caches
        base, ten = measure(small, app), measure(big, app)
        small.close()
        big.close()
    print(f"{'operation':<10}{'1 week ms':>11}{'10 years ms':>13}{'ratio':>8}{'target':>9}")
    ok = True
    for key in ("open", "rest", "switch", "year"):
        ratio = ten[key] / base[key]
        if not TARGETS_MS[key]:  # no target of its own: it comes after the chart is seen
            print(f"{key:<10}{base[key]:>11.1f}{ten[key]:>13.1f}{ratio:>8.2f}{'-':>7}")
            continue
        within = ten[key] <= TARGETS_MS[key]
        ok &= within
        print(f"{key:<10}{base[key]:>11.1f}{ten[key]:>13.1f}{ratio:>8.2f}"
              f"{TARGETS_MS[key]:>7.0f} {'ok' if within else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
