"""Reminders on a real private session bus, with a fake notification server recording Notify."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.reminders.types import ReminderDraft

SERVER = Path(__file__).with_name("fake_notifications.py")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def bus():
    """A private dbus-daemon; yields its address (no notification server on it yet)."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.kill()
        daemon.wait()


@pytest.fixture
def server(bus, tmp_path):
    """The fake org.freedesktop.Notifications on `bus`; yields (address, record file)."""
    record = tmp_path / "notify.jsonl"
    proc = subprocess.Popen([sys.executable, str(SERVER), bus, str(record)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield bus, record
    finally:
        proc.kill()
        proc.wait()


def calls(record: Path) -> list[dict]:
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text().splitlines()]


def invoke(address: str, ident: int, key: str) -> None:
    """What a click on an action button does: the server emits ActionInvoked."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=address) as conn:
        target = DBusAddress("/org/freedesktop/Notifications",
                             bus_name="org.freedesktop.Notifications",
                             interface="org.stillpoint.Test")
        conn.send_and_get_reply(new_method_call(target, "Invoke", "us", (ident, key)))


def test_notify_goes_over_dbus_with_actions_and_reports_clicks(qtbot, server):
    from ui.reminders.notifier import Notifier

    address, record = server
    notifier = Notifier(address=address)
    notifier.show("A moment for yourself", "How are you?")
    [sent] = calls(record)
    assert sent["signature"] == "susssasa{sv}i"
    assert sent["args"][3:] == ["A moment for yourself", "How are you?",
                                ["checkin", "Check in", "breathe", "Breathe", "later", "Later"]]
    assert notifier.pending and not notifier.used_balloon
    with qtbot.waitSignal(notifier.activated, timeout=5000) as clicked:
        invoke(address, sent["id"], "breathe")
    assert clicked.args == ["breathe"]
    qtbot.waitUntil(lambda: not notifier.pending, timeout=5000)


def test_without_a_notification_service_the_balloon_is_used(qtbot, bus):
    from ui.reminders.notifier import Notifier

    notifier = Notifier(address=bus)
    notifier.show("A moment for yourself", "How are you?")
    assert notifier.used_balloon and not notifier.pending


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def make_scheduler(ctx, address, clock, running=lambda: False):
    from ui.reminders.notifier import Notifier
    from ui.reminders.scheduler import ReminderScheduler

    notifier = Notifier(address=address)
    return ReminderScheduler(ctx.reminders, ctx.hub, notifier, running, clock=clock,
                             zone=lambda: BERLIN)


def test_scheduler_fires_at_the_due_time_then_snoozes_on_later(qtbot, ctx, server):
    address, record = server
    reminder = ctx.reminders.add(ReminderDraft(times=(time(9),)))
    clock = FakeClock(datetime(2026, 3, 29, 8, 59, 59, 900000, tzinfo=BERLIN))
    scheduler = make_scheduler(ctx, address, clock)
    scheduler.reschedule()
    assert scheduler.due.at == datetime(2026, 3, 29, 9, tzinfo=BERLIN)
    assert 0 <= scheduler.timer.remainingTime() <= 200
    clock.now += timedelta(seconds=1)
    qtbot.waitUntil(lambda: len(calls(record)) == 1, timeout=5000)
    # Aimed at the next day's 09:00 right away, one hour less of waiting after the DST jump.
    assert scheduler.due.at == datetime(2026, 3, 30, 9, tzinfo=BERLIN)
    invoke(address, calls(record)[0]["id"], "later")
    qtbot.waitUntil(lambda: ctx.reminders.snoozed() is not None, timeout=5000)
    assert ctx.reminders.snoozed().reminder == reminder
    assert scheduler.due.at == clock.now + timedelta(minutes=10)


def test_scheduler_opens_the_right_page(qtbot, ctx, server):
    address, record = server
    ctx.reminders.add(ReminderDraft(kind="breathe", pattern="4-7-8", times=(time(9),)))
    clock = FakeClock(datetime(2026, 6, 1, 9, 0, 1, tzinfo=BERLIN))
    scheduler = make_scheduler(ctx, address, clock)
    scheduler.due = ctx.reminders.next_due(clock.now - timedelta(seconds=2), BERLIN)
    scheduler.fire()
    with qtbot.waitSignal(scheduler.open_requested, timeout=5000) as opened:
        invoke(address, calls(record)[0]["id"], "default")
    assert opened.args == ["breathe", "4-7-8"]


def test_none_while_a_session_runs_and_never_two_pending(qtbot, ctx, server):
    address, record = server
    ctx.reminders.add(ReminderDraft(times=(time(9), time(10))))
    clock = FakeClock(datetime(2026, 6, 1, 9, 0, 1, tzinfo=BERLIN))
    running = [True]
    scheduler = make_scheduler(ctx, address, clock, running=lambda: running[0])
    scheduler.due = ctx.reminders.next_due(clock.now - timedelta(seconds=2), BERLIN)
    scheduler.fire()
    assert calls(record) == []  # skipped, not queued
    assert scheduler.due.at == datetime(2026, 6, 1, 10, tzinfo=BERLIN)
    running[0] = False
    clock.now = datetime(2026, 6, 1, 10, 0, 1, tzinfo=BERLIN)
    scheduler.fire()
    assert len(calls(record)) == 1
    clock.now = datetime(2026, 6, 2, 9, 0, 1, tzinfo=BERLIN)
    scheduler.reschedule()
    scheduler.due = ctx.reminders.next_due(clock.now - timedelta(seconds=2), BERLIN)
    scheduler.fire()
    assert len(calls(record)) == 1  # the first is still on screen


def test_changing_reminders_reaims_the_timer(qtbot, ctx, server):
    address, _record = server
    clock = FakeClock(datetime(2026, 6, 1, 8, 0, tzinfo=BERLIN))
    scheduler = make_scheduler(ctx, address, clock)
    scheduler.reschedule()
    assert scheduler.due is None and not scheduler.timer.isActive()
    ctx.reminders.add(ReminderDraft(times=(time(8, 5),)))
    assert scheduler.due.at == datetime(2026, 6, 1, 8, 5, tzinfo=BERLIN)
    assert scheduler.timer.isActive()
