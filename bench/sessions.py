"""Benchmark: memory kept per finished breathing session.

The real main window (offscreen, silent) runs 20 sessions through the Breathe page: each
a 5-minute box-breathing session (its full schedule is built) stopped after 0.2 s and
saved, as a person stops early.
After every session the event loop runs deleteLater and the garbage collector runs; the
Python heap (tracemalloc) and the process RSS are read. Growth per session is the slope
from session 2 to session 20 (the first one pays for fonts, caches and the first query).

Baseline in the same run: the same 20 sessions with the page keeping each ended session,
as it did before sessions were freed (each held its schedule, every boundary and two
timers). Target: ~0 bytes per session kept.
Usage: python bench/sessions.py [--sessions N]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def run(count: int, *, keep: bool) -> tuple[list[int], list[int], int]:
    """Python heap and RSS after each of `count` sessions; live sessions at the end."""
    from app.context import open_context
    from ui.application import _application, build_window
    from ui.breathe.session import BreathingSession
    from ui.qt import QApplication, QEvent, QTimer

    heap: list[int] = []
    rss: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(folder)
        app = _application()
        window = build_window(ctx, silent=True)
        window.persist_geometry = False
        window.show()
        page = window.show_page("breathe")
        page.lead_in = 0.0
        page.setup.select("box")
        page.setup.by_minutes.setChecked(True)
        page.setup.minutes.setValue(5)
        if keep:  # the old behaviour: the ended session stays a child of the page
            page._release_session = lambda: None

        def begin() -> None:
            if len(heap) == count:
                app.quit()
                return
            page.setup.begin_button.click()
            QTimer.singleShot(200, stop)

        def stop() -> None:
            page.stop()
            page.save_rating()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            heap.append(tracemalloc.get_traced_memory()[0])
            rss.append(_rss())
            QTimer.singleShot(0, begin)

        QTimer.singleShot(0, begin)
        app.exec()
        live = sum(isinstance(o, BreathingSession) for o in gc.get_objects())
        window.close()
        ctx.close()
    return heap, rss, live


def _slope(values: list[int]) -> float:
    return (values[-1] - values[1]) / max(1, len(values) - 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    args = parser.parse_args()
    tracemalloc.start()
    results = {}
    # Freed first, then kept: the kept run cannot leave leftovers in the freed one.
    for keep in (False, True):
        results[keep] = run(args.sessions, keep=keep)
    print(f"{args.sessions} five-minute box sessions, each stopped after 0.2 s, "
          "through the real Breathe page")
    print(f"{'':<26}{'heap B/session':>16}{'RSS KiB/session':>17}{'alive at end':>14}")
    for keep, label in ((True, "kept (before)"), (False, "freed (now)")):
        heap, rss, live = results[keep]
        print(f"{label:<26}{_slope(heap):>16,.0f}{_slope(rss) / 1024:>17.1f}{live:>14}")
    freed = _slope(results[False][0])
    kept = _slope(results[True][0])
    print(f"heap growth per session: {freed:,.0f} B now vs {kept:,.0f} B kept "
          f"({'~0: met' if freed < 0.05 * max(kept, 1) else 'NOT met'}, target < 5% of kept)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
