"""Settings: defaults, typed JSON round-trip, closed choices refused, change events."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.events import SettingChanged
from app.settings.service import DEFAULTS


def test_defaults_until_set(ctx):
    assert ctx.settings.all() == DEFAULTS
    assert ctx.settings.get("theme") == "system"


def test_values_round_trip_with_their_types(ctx):
    ctx.settings.set("close_to_tray", True)
    ctx.settings.set("sound_volume", 0.35)
    ctx.settings.set("theme", "dark")
    values = ctx.settings.all()
    assert values["close_to_tray"] is True
    assert values["sound_volume"] == 0.35
    assert values["theme"] == "dark"


def test_bad_choice_is_refused_and_nothing_changes(ctx):
    ctx.settings.set("theme", "light")
    with pytest.raises(UserError, match="theme must be one of system, light, dark"):
        ctx.settings.set("theme", "neon")
    with pytest.raises(UserError, match="no setting called"):
        ctx.settings.set("colour", "blue")
    assert ctx.settings.get("theme") == "light"


def test_changes_are_announced(ctx):
    seen = []
    ctx.hub.subscribe(SettingChanged, seen.append)
    ctx.settings.set("start_page", "settings")
    assert seen == [SettingChanged("start_page", "settings")]


def test_a_value_edited_by_hand_falls_back_to_its_default(ctx, data_dir):
    import sqlite3

    ctx.settings.set("sound_volume", 0.35)
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        conn.executemany("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [
            ("start_page", "progress"),  # not JSON
            ("theme", '"neon"'),  # not one of the choices
            ("close_to_tray", '"yes"'),  # not a bool
            ("backups_keep", "true"),  # a bool is not a count
        ])
    values = ctx.settings.all()
    assert values["start_page"] == "today" and ctx.settings.get("start_page") == "today"
    assert values["theme"] == "system" and values["close_to_tray"] is False
    assert values["backups_keep"] == DEFAULTS["backups_keep"]
    assert values["sound_volume"] == 0.35
