"""User settings: typed defaults, stored as JSON per key."""

from __future__ import annotations

import json
from typing import Any

from app.errors import UserError
from app.events import EventHub, SettingChanged
from app.settings import queries
from app.storage.database import Database

# Every setting with its default; allowed values where the choice is closed.
DEFAULTS: dict[str, Any] = {
    "theme": "system",
    "start_page": "today",
    "close_to_tray": False,
    "window_geometry": None,
    # Sound and voice (shared by breathing, guided and timer pages).
    "sound_muted": False,
    "sound_volume": 0.6,
    "voice_enabled": False,
    "voice_rate": 0.0,
    "voice_volume": 0.8,
    "reduced_motion": False,
    # Text size in percent of the system font (Ctrl++ / Ctrl+- / Ctrl+0 in the window).
    "text_zoom": 100,
    "welcome_dismissed": False,
    # Meditate page: ambient sound, the last timer set-up, how own audio is imported.
    "ambient_sound": "none",
    "ambient_volume": 0.4,
    "timer_plan": None,
    "audio_copy_files": True,
    # Crisis card (app/safety): None means "the default for the locale" (crisis_lines.py).
    "crisis_line_name": None,
    "crisis_line_number": None,
    "emergency_number": None,
    "therapist_name": None,
    "therapist_number": None,
    # Backups (app/backup): how many daily backups to keep.
    "backups_keep": 14,
    # Reminders (app/reminders): the list as JSON, a pause, one snoozed reminder, autostart.
    "reminders": [],
    "reminders_paused_until": None,
    "reminder_snoozed": None,
    "autostart": False,
    "first_run_done": False,
    # App lock (app/lock): the Argon2id verifier only (never the secret), its kind, the
    # idle minutes before it locks (0: off), and wrong tries in a row with their pause.
    "lock_verifier": None,
    "lock_kind": None,
    "lock_idle_minutes": 0,
    "lock_failures": 0,
    "lock_wait_until": None,
}
TEXT_ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)
CHOICES: dict[str, tuple[Any, ...]] = {
    "theme": ("system", "light", "dark"),
    "text_zoom": TEXT_ZOOM_STEPS,
}


class SettingsService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, raw in queries.stored_values(self._db).items():
            if key in DEFAULTS:
                values[key] = _decoded(key, raw)
        return values

    def get(self, key: str) -> Any:
        raw = queries.stored_value(self._db, key)
        return _decoded(key, raw) if raw is not None else DEFAULTS[key]

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise UserError(f"there is no setting called '{key}'")
        allowed = CHOICES.get(key)
        if allowed and value not in allowed:
            raise UserError(f"{key} must be one of {', '.join(map(str, allowed))}")
        from app.storage.models import Setting

        with self._db.transaction() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
        self._hub.publish(SettingChanged(key=key, value=value))


def _decoded(key: str, raw: str) -> Any:
    """A stored value, or the default when it cannot be one (edited by hand, or written by
    another version): a setting must never stop the app from opening."""
    try:
        value = json.loads(raw)
    except (ValueError, TypeError):
        return DEFAULTS[key]
    allowed = CHOICES.get(key)
    default = DEFAULTS[key]
    if allowed and value not in allowed:
        return default
    if default is not None and type(value) is not type(default) and not (
            isinstance(default, float) and type(value) is int):
        return default
    return value
