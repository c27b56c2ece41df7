"""Reminder schedule (pure, fake clock) and the service that keeps reminders in settings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.errors import UserError
from app.reminders.schedule import next_due
from app.reminders.types import WORKDAYS, Due, Reminder, ReminderDraft

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def daily(*hhmm: str, rid: int = 1, **kw) -> Reminder:
    return Reminder(id=rid, times=tuple(time.fromisoformat(t) for t in hhmm), **kw)


def test_daily_time_today_then_tomorrow_across_midnight():
    r = daily("09:00", "21:30")
    assert next_due([r], at("2026-06-10T08:59+02:00"), BERLIN).at == at("2026-06-10T09:00+02:00")
    assert next_due([r], at("2026-06-10T09:00+02:00"), BERLIN).at == at("2026-06-10T21:30+02:00")
    # After the last one of the day comes the first one of the next local day.
    due = next_due([r], at("2026-06-10T23:59:30+02:00"), BERLIN)
    assert due.at == at("2026-06-11T09:00+02:00")
    # "now" given in UTC still means Berlin's day: 22:30 UTC is already 00:30 the next day.
    assert next_due([r], at("2026-06-10T22:30+00:00"), BERLIN).at == at("2026-06-11T09:00+02:00")


def test_wall_time_kept_across_march_and_october_dst():
    r = daily("09:00")
    # Berlin jumps from 02:00 CET to 03:00 CEST on 2026-03-29.
    assert next_due([r], at("2026-03-28T10:00+01:00"), BERLIN).at == at("2026-03-29T09:00+02:00")
    # ... and back from 03:00 CEST to 02:00 CET on 2026-10-25.
    assert next_due([r], at("2026-10-24T10:00+02:00"), BERLIN).at == at("2026-10-25T09:00+01:00")


def test_time_in_spring_gap_fires_once_when_the_clock_jumps():
    r = daily("02:30")
    due = next_due([r], at("2026-03-29T00:00+01:00"), BERLIN)
    assert due.at.astimezone(UTC) == at("2026-03-29T01:30+00:00")  # 03:30 CEST
    after = next_due([r], due.at, BERLIN)
    assert after.at == at("2026-03-30T02:30+02:00")


def test_repeated_autumn_time_fires_once():
    r = daily("02:30")
    first = next_due([r], at("2026-10-25T00:00+02:00"), BERLIN)
    assert first.at.astimezone(UTC) == at("2026-10-25T00:30+00:00")  # the first 02:30, CEST
    again = next_due([r], first.at, BERLIN)
    assert again.at == at("2026-10-26T02:30+01:00")


def test_every_n_hours_within_window_on_weekdays_only():
    r = Reminder(id=1, kind="breathe", pattern="box", every_hours=3,
                 window_start=time(9), window_end=time(18), weekdays=WORKDAYS)
    friday = at("2026-06-12T12:00+02:00")
    assert next_due([r], friday, BERLIN).at == at("2026-06-12T15:00+02:00")
    assert next_due([r], at("2026-06-12T18:00+02:00"), BERLIN).at == at("2026-06-15T09:00+02:00")


def test_earliest_of_several_and_none_without_reminders():
    a, b = daily("10:00", rid=1), daily("08:00", rid=2)
    due = next_due([a, b], at("2026-06-10T07:00+02:00"), BERLIN)
    assert due.reminder.id == 2
    assert next_due([], at("2026-06-10T07:00+02:00"), BERLIN) is None


def test_pause_and_snooze():
    r = daily("09:00", "12:00")
    now = at("2026-06-10T08:00+02:00")
    due = next_due([r], now, BERLIN, paused_until=at("2026-06-10T10:00+02:00"))
    assert due.at == at("2026-06-10T12:00+02:00")
    snoozed = Due(at=at("2026-06-10T08:30+02:00"), reminder=r)
    assert next_due([r], now, BERLIN, snoozed=snoozed).at == snoozed.at
    # A snooze that ends inside a pause is dropped.
    paused = next_due([r], now, BERLIN, paused_until=at("2026-06-10T10:00+02:00"),
                      snoozed=snoozed)
    assert paused.at == at("2026-06-10T12:00+02:00")
    with pytest.raises(ValueError):
        next_due([r], datetime(2026, 6, 10, 8), BERLIN)


def test_service_add_list_remove_persist(ctx, data_dir):
    added = ctx.reminders.add(ReminderDraft(times=(time(21), time(9), time(9))))
    assert added.id == 1 and added.times == (time(9), time(21))
    second = ctx.reminders.add(ReminderDraft(kind="breathe", pattern="4-7-8", every_hours=2,
                                             window_start=time(9), window_end=time(17)))
    assert [r.id for r in ctx.reminders.all()] == [1, 2]
    from app.context import open_context

    with open_context(str(data_dir)) as again:
        assert again.reminders.all() == [added, second]
    ctx.reminders.remove(1)
    assert [r.id for r in ctx.reminders.all()] == [2]
    assert ctx.reminders.add(ReminderDraft(times=(time(7),))).id == 3


@pytest.mark.parametrize("draft", [
    ReminderDraft(),
    ReminderDraft(kind="nap", times=(time(9),)),
    ReminderDraft(kind="checkin", pattern="box", times=(time(9),)),
    ReminderDraft(kind="breathe", pattern="no-such", times=(time(9),)),
    ReminderDraft(every_hours=0, window_start=time(9), window_end=time(17)),
    ReminderDraft(every_hours=2),
    ReminderDraft(every_hours=2, window_start=time(17), window_end=time(9)),
    ReminderDraft(times=(time(9),), weekdays=()),
])
def test_service_refuses_bad_drafts_and_writes_nothing(ctx, draft):
    with pytest.raises(UserError):
        ctx.reminders.add(draft)
    assert ctx.reminders.all() == []


def test_service_pause_snooze_next_due(ctx):
    r = ctx.reminders.add(ReminderDraft(times=(time(9), time(12))))
    now = at("2026-06-10T08:00+02:00")
    ctx.reminders.snooze(r, 10, now)
    assert ctx.reminders.next_due(now, BERLIN).at == now + timedelta(minutes=10)
    ctx.reminders.clear_snooze()
    ctx.reminders.pause(3, now)
    assert ctx.reminders.next_due(now, BERLIN).at == at("2026-06-10T12:00+02:00")
    # A pause that has ended no longer counts.
    assert ctx.reminders.next_due(now + timedelta(days=1), BERLIN).at == at(
        "2026-06-11T09:00+02:00")
    ctx.reminders.resume()
    assert ctx.reminders.next_due(now, BERLIN).at == at("2026-06-10T09:00+02:00")
    with pytest.raises(UserError):
        ctx.reminders.snooze(r, 7, now)
    with pytest.raises(UserError):
        ctx.reminders.remove(99)


def test_autostart_entry_respects_xdg_config_home(tmp_path):
    from app.reminders import autostart

    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert not autostart.is_enabled(env)
    path = autostart.enable("stillpoint --hidden", env)
    assert path == tmp_path / "cfg" / "autostart" / "io.github.stillpoint.Stillpoint.desktop"
    text = path.read_text()
    assert "Exec=stillpoint --hidden\n" in text and text.startswith("[Desktop Entry]\n")
    assert autostart.is_enabled(env)
    autostart.disable(env)
    assert not autostart.is_enabled(env)
    autostart.disable(env)  # twice is fine
    # A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    assert autostart.autostart_file({"XDG_CONFIG_HOME": "rel"}).parts[-3] == ".config"
    assert "--hidden" in autostart.launch_command()
