"""The window's daily backup, taken in a pool thread.

AppContext runs the daily backup inline before the first write of the process: right for
the CLI, which does one thing and exits. In the window that first write is a click, and a
backup is a copy of the whole database plus an integrity check (a fraction of a second
for a fresh log, seconds for years of entries): the window would freeze for that long.
Here the hook hands the backup to the pool and the write goes on at once. SQLite's online
backup API copies a consistent snapshot while the window keeps writing; that snapshot may
already hold the day's first entry, a fair price for a window that never stalls.
"""

from __future__ import annotations

import logging

from app.context import AppContext
from ui.qt import QCoreApplication, QThreadPool

log = logging.getLogger(__name__)


def daily_backup_off_thread(ctx: AppContext) -> None:
    """Take this process's daily backup in the pool instead of inside the first write."""
    if ctx.db.before_first_write is None:  # a server database, or already written
        return
    def take() -> None:
        # A failed backup must not stop the user's work: logged (no user text in it), and
        # the older backups stay.
        try:
            ctx.backup.daily_if_due()
        except Exception:
            log.warning("the daily backup failed", exc_info=True)

    def hand_over() -> None:  # Database calls it once, before the first write
        # Made here, before the pool thread exists (a cached_property must not be built from
        # two threads at once), and not at start-up: it is not on the first paint's path.
        _ = ctx.backup
        QThreadPool.globalInstance().start(take)
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-backup would leave a .partial file behind
            app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(30_000))

    ctx.db.before_first_write = hand_over
