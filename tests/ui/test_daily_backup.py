"""The window's daily backup runs in a pool thread: the first save of the day goes on at
once instead of waiting for a copy of the whole database."""

from __future__ import annotations

import threading

from app.backup.service import BackupService
from ui.backup.daily import daily_backup_off_thread


def test_the_first_write_hands_the_backup_to_a_pool_thread(ctx, qtbot, monkeypatch):
    ran_on: list[threading.Thread] = []
    may_finish = threading.Event()
    real = BackupService.daily_if_due

    def held(self):  # the real backup, only held until the write has returned
        ran_on.append(threading.current_thread())
        may_finish.wait(10)
        return real(self)

    monkeypatch.setattr(BackupService, "daily_if_due", held)
    daily_backup_off_thread(ctx)
    ctx.mood.add_checkin(pleasantness=1, energy=1)  # would wait 10 s were it inline
    assert ctx.backup.backups() == []  # the write is done, the backup not yet
    qtbot.waitUntil(lambda: bool(ran_on), timeout=5000)
    assert ran_on[0] is not threading.main_thread()
    may_finish.set()
    qtbot.waitUntil(lambda: len(ctx.backup.backups()) == 1, timeout=10_000)
    ctx.mood.add_checkin(pleasantness=2, energy=1)  # once per process
    assert len(ran_on) == 1 and len(ctx.backup.backups()) == 1
    assert sorted(c.pleasantness for c in ctx.mood.list_checkins()) == [1, 2]
