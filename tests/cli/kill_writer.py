"""A writer for tests/cli/test_kill_writer.py: `python -m tests.cli.kill_writer DIR SCRATCH`.

It warms up once (one check-in in the folder SCRATCH loads every module a write needs;
an encrypted DIR is opened and closed once, to hold its derived key), then for every line
on stdin forks a child that opens DIR through the app's own start-up path and adds
check-ins through the mood service, forever, writing "ack <id> <note>" to stdout after
each commit. The test kills each child with SIGKILL: a fresh interpreter per kill would
spend most of the time importing."""

from __future__ import annotations

import contextlib
import os
import sys

from app.context import open_context
from app.mood.types import CheckinDraft


def _draft(run: int, number: int) -> CheckinDraft:
    return CheckinDraft(pleasantness=number % 11 - 5, energy=run % 11 - 5,
                        note=f"run {run} entry {number}", emotions=(("calm", number % 11),),
                        tags=("home", f"activity:run {run % 7}"))


def _write_forever(data_dir: str, run: int) -> None:
    ctx = open_context(data_dir)
    number = 0
    while True:
        draft = _draft(run, number)
        note = draft.note
        entry = ctx.mood.add_checkin(draft)
        # One write() of a short line: atomic on a pipe, and unbuffered, so an id is
        # reported exactly when its transaction has committed.
        os.write(1, f"ack {entry.id} {note}\n".encode())
        number += 1


def serve(data_dir: str, scratch: str) -> None:
    with open_context(scratch) as warm:  # no connection to data_dir is ever forked
        warm.mood.add_checkin(_draft(0, 0))
    if os.environ.get("STILLPOINT_PASSPHRASE"):
        # An encrypted folder: open it once and close it, so this process holds the key
        # SQLCipher derives from the passphrase, as a running app does after its first
        # open. Each child inherits that key (not a connection) and opens in milliseconds
        # instead of paying the key derivation again: 100 kills cost what 25 did. The key
        # is the same full-strength one; only the wait is shared.
        open_context(data_dir).close()
    for run, _line in enumerate(sys.stdin):
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        pid = os.fork()
        if pid == 0:
            try:
                _write_forever(data_dir, run)
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])
