"""`stillpoint breathe`: list patterns, or pace a session in the terminal with --no-ui."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

from app.breathing import BreathSchedule
from app.breathing.service import (
    MAX_CYCLES,
    MAX_MINUTES,
    check_length,
    pattern_json,
    rate_text,
)
from app.cli.common import open_from, print_json
from app.cli.parser import Commands, Parser, int_in, number_in
from app.clock import SessionClock
from app.errors import UserError


def register(commands: Commands, common: Parser) -> None:
    breathe = commands.add_parser(
        "breathe", parents=[common], help="list breathing patterns or breathe in the terminal",
        description="Pace a breathing session without the window (--no-ui), printing one "
                    "JSON line per phase change, then store it. See docs/cli.md.")
    breathe.add_argument("--list", action="store_true", help="list the patterns you can use")
    breathe.add_argument("--json", action="store_true", help="with --list: one JSON document")
    breathe.add_argument("--pattern", metavar="NAME", help="a pattern key or name (see --list)")
    # Not an argparse exclusive group: its "not allowed with argument" wording is unclear.
    # More than 0: no minutes at all is no session.
    breathe.add_argument("--minutes", type=number_in("minutes", 0, MAX_MINUTES, above=True),
                         metavar="N", help="about how long; the session ends on a whole breath")
    breathe.add_argument("--cycles", type=int_in("cycles", 1, MAX_CYCLES), metavar="N",
                        help="how many breath cycles")
    breathe.add_argument("--no-ui", action="store_true",
                         help="run in this terminal, without the window")
    breathe.add_argument("--calm-before", type=int_in("calm before", 0, 10), metavar="N",
                         help="how calm you feel now, 0-10 (optional)")
    breathe.add_argument("--calm-after", type=int_in("calm after", 0, 10), metavar="N",
                         help="how calm you feel afterwards, 0-10 (optional)")
    breathe.set_defaults(handler=breathe_command)


def breathe_command(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args)
    if not args.pattern:
        raise UserError("choose a pattern with --pattern NAME (stillpoint breathe --list "
                        "shows them)")
    with open_from(args) as ctx:
        pattern = ctx.breathing.find_pattern(args.pattern)
        if not args.no_ui:
            raise UserError("add --no-ui to breathe here in the terminal; the pacer with the "
                            "moving circle is on the Breathe page of the window")
        minutes, cycles = args.minutes, args.cycles
        if minutes is not None and cycles is not None:
            raise UserError("choose --minutes or --cycles, not both")
        if minutes is None and cycles is None:
            # No length given: the pattern's own suggestion (4-7-8 suggests rounds).
            if pattern.suggested_cycles:
                cycles = pattern.suggested_cycles
            else:
                minutes = pattern.suggested_minutes
        check_length(minutes=minutes, cycles=cycles)
        schedule = BreathSchedule(pattern, minutes=minutes, cycles=cycles)
        started_at = dt.datetime.now().astimezone()
        clock = SessionClock()
        clock.start()
        with _stop_signals() as stopped_by:
            completed, elapsed, cycles_done = _pace(schedule, clock)
            # Ctrl+C now only interrupts the pacing: the stored row must still be written.
            stopped_by.pacing = False
            record = ctx.breathing.log_session(
                pattern=pattern, planned_seconds=schedule.total, actual_seconds=elapsed,
                completed=completed, cycles_completed=cycles_done, minutes=minutes,
                cycles=cycles, started_at=started_at, calm_before=args.calm_before,
                calm_after=args.calm_after,
            )
    print_json({"session": record.to_json()})
    return 0 if completed else 128 + stopped_by.signal


class _Stop:
    """Which signal ended the session (SIGINT unless told otherwise), and whether pacing."""

    def __init__(self) -> None:
        self.signal = int(signal.SIGINT)
        self.pacing = True


@contextlib.contextmanager
def _stop_signals() -> Iterator[_Stop]:
    """Ctrl+C and SIGTERM stop the session the same way, and the breathed part is stored.

    Installed here rather than inherited: a shell starts background jobs with SIGINT
    ignored, and Python then never turns Ctrl+C into KeyboardInterrupt."""
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop  # signal handlers can only be set from the main thread
        return

    def handle(signum: int, _frame: FrameType | None) -> None:
        stop.signal = signum
        if stop.pacing:
            raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            # None: the handler was not set from Python; the default is the best guess.
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)


def _pace(schedule: BreathSchedule, clock: SessionClock) -> tuple[bool, float, int]:
    """Print each phase change when it is due; (completed, seconds, cycles) at the end."""
    try:
        for boundary in schedule.boundaries():
            # Sleep towards the boundary read from the clock, so lateness never adds up.
            while (wait := boundary.offset - clock.elapsed()) > 0:
                time.sleep(min(wait, 0.25))
            line = {"offset": round(boundary.offset, 3), "phase": boundary.phase.value}
            if boundary.phase.value == "done":
                line["cycles_completed"] = boundary.cycle
            else:
                seconds = dict(schedule.phases)[boundary.phase]
                line.update(cycle=boundary.cycle + 1, seconds=seconds)
            print_json(line)
            sys.stdout.flush()
    except KeyboardInterrupt:
        # Stopping early is fine; the part that was breathed is still stored.
        state = schedule.state_at(clock.elapsed())
        print_json({"offset": round(state.elapsed, 3), "phase": "stopped",
                    "cycles_completed": state.cycles_completed})
        return False, state.elapsed, state.cycles_completed
    return True, schedule.total, schedule.cycles


def _list(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        patterns = ctx.breathing.list_patterns()
    if args.json:
        print_json({"patterns": [pattern_json(p) for p in patterns]})
        return 0
    for p in patterns:
        phases = " / ".join(f"{s:g}" for s in (p.inhale, p.hold_in, p.exhale, p.hold_out))
        top_up = f" (+{p.top_up:g} top-up)" if p.top_up else ""
        print(f"{p.key:<18} {p.name:<22} {phases}{top_up} s, "
              f"{rate_text(p.breaths_per_minute)} breaths a minute")
    return 0
