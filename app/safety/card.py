"""The crisis card: the locale's defaults overlaid with the numbers the person saved.

Needs no database: with no saved settings it is built from the defaults alone, so the
card can always be shown (`stillpoint crisis` when the data cannot be opened)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import UserError
from app.i18n import N_
from app.limits import CONTACT_NAME_MAX, PHONE_MAX
from app.safety.crisis_lines import CHECK_NOTE, defaults_for, region_from_locale
from app.safety.types import Contacts, CrisisCard

# A short 5-4-3-2-1 grounding, in the app's own words (the guided version is on Meditate).
GROUNDING = (
    N_("Put both feet on the floor and let the chair or the ground hold you."),
    N_("Name five things you can see."),
    N_("Name four things you can feel: your clothes, the air, your hands."),
    N_("Name three things you can hear."),
    N_("Name two things you can smell, or two smells you like."),
    N_("Name one thing you can taste, or take one slow sip of water."),
    N_("Breathe out slowly. You are here, now."),
)
CONTACT_KEYS = ("crisis_line_name", "crisis_line_number", "emergency_number",
                "therapist_name", "therapist_number")
_NAMES = {"crisis_line_name": "the crisis line's name", "crisis_line_number":
          "the crisis line's number", "emergency_number": "the emergency number",
          "therapist_name": "your therapist's name", "therapist_number":
          "your therapist's number"}


def crisis_card(saved: Mapping[str, Any] | None = None,
                env: Mapping[str, str] | None = None) -> CrisisCard:
    """saved: settings values (SettingsService.all()); missing or None keys use defaults."""
    saved = saved or {}
    base = defaults_for(region_from_locale(env))

    def own(key: str) -> str | None:
        value = saved.get(key)
        return (value.strip() or None) if isinstance(value, str) else None

    line_number = own("crisis_line_number")
    line_name: str | None
    line_how: str | None
    # An own line replaces the default one whole: a default name beside another number
    # would send the person to the wrong service.
    if line_number is not None:
        line_name, line_how = own("crisis_line_name") or "Crisis line", None
    else:
        line_number, line_name, line_how = (base.crisis_line_number, base.crisis_line_name,
                                            base.crisis_line_how)
    emergency = own("emergency_number")
    return CrisisCard(
        region=base.region,
        emergency_number=emergency or base.emergency_number,
        emergency_label=N_("Emergency") if emergency else base.emergency_label,
        crisis_line_name=line_name, crisis_line_number=line_number, crisis_line_how=line_how,
        therapist_name=own("therapist_name"), therapist_number=own("therapist_number"),
        check_note=CHECK_NOTE, grounding=GROUNDING)


def checked_contacts(contacts: Contacts) -> dict[str, str | None]:
    """The settings to store: trimmed, empty as None, lengths within limits."""
    values: dict[str, str | None] = {}
    for key in CONTACT_KEYS:
        raw = getattr(contacts, key)
        text = (raw or "").strip() or None
        limit = PHONE_MAX if key.endswith("number") else CONTACT_NAME_MAX
        if text is not None and len(text) > limit:
            raise UserError(f"{_NAMES[key]} is {len(text)} characters; keep it under {limit}")
        if text is not None and key.endswith("number") and not any(c.isdigit() for c in text):
            raise UserError(f"{_NAMES[key]} has no digits in it; write it as you would dial it")
        values[key] = text
    return values
