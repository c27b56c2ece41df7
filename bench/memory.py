"""Peak memory through a whole breathing session with its save, vs a bare PySide6 window.

A child process opens the real window offscreen on a fresh data dir, waits for the first
paint, runs a breathing session on the Breathe page for --seconds (no lead-in), stops it,
which saves it (the session's first write), and rates calm afterwards (a second write).
Its peak resident memory (ru_maxrss) is compared with the bare window's, interleaved in
the same run; the median ratio counts (target <= 2.0x). The child also says which
modules the first save loaded, since that is where memory jumps.
Usage: python bench/memory.py [--runs N] [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0


def child(data_dir: str, seconds: float) -> None:
    """The session itself: prints one JSON line on stdout."""
    import resource

    sys.path.insert(0, str(ROOT))
    from app.context import open_context
    from ui.application import _application, build_window
    from ui.qt import QTimer

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ctx = open_context(data_dir)
    app = _application()
    window = build_window(ctx, silent=True)
    window.persist_geometry = False
    window.show()
    app.processEvents()
    report: dict[str, object] = {"painted_mib": rss()}
    page = window.show_page("breathe")
    page.lead_in = 0.0
    page.begin()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    report["session_mib"] = rss()
    before = set(sys.modules)
    page.stop()  # ends the session, which saves it
    app.processEvents()
    loaded = sorted(set(sys.modules) - before)
    if page.record is None:
        raise SystemExit("the session was not saved")
    page.after.calm_after.buttons[7].click()
    page.save_rating()
    app.processEvents()
    report.update(saved_mib=rss(), save_modules=len(loaded),
                  save_packages=sorted({m.split(".")[0] for m in loaded}))
    window.close()
    ctx.close()
    print(json.dumps(report))


def peak_kib(cmd: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Peak resident memory (KiB) of one child process, and its output."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed: {err[-800:]}")
    return usage.ru_maxrss, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds)
        return 0
    sys.path.insert(0, str(ROOT))
    from app.context import open_context

    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    ratios, peaks, bares, report = [], [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(args.runs):
            # A new, existing database each time: creating one loads the ORM and Alembic,
            # which a normal start (tested in tests/ui/test_startup_imports.py) does not.
            data = Path(tmp) / f"data{run}"
            open_context(str(data)).close()
            app_cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(data),
                       "--seconds", str(args.seconds)]
            app_kib, out = peak_kib(app_cmd, env)
            bare_kib, _ = peak_kib(bare_cmd, env)
            report = json.loads(out.strip().splitlines()[-1])
            ratios.append(app_kib / bare_kib)
            peaks.append(app_kib / 1024)
            bares.append(bare_kib / 1024)
            time.sleep(0.1)
    print(f"{args.runs} interleaved runs, {args.seconds:g} s sessions; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"bare window peak:        {statistics.median(bares):6.1f} MiB")
    print(f"window painted:          {report['painted_mib']:6.1f} MiB (last run)")
    print(f"after the session:       {report['session_mib']:6.1f} MiB")
    print(f"after save and rating:   {report['saved_mib']:6.1f} MiB; the save loaded "
          f"{report['save_modules']} modules from {', '.join(report['save_packages'])}")
    ratio = statistics.median(ratios)
    print(f"peak (median):           {statistics.median(peaks):6.1f} MiB   ratio {ratio:.2f}x   "
          f"target <= {TARGET:.1f}x: {'met' if ratio <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
