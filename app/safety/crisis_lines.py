"""Crisis-line and emergency-number defaults by country, read from LANG / LC_ALL.

No openly licensed list of crisis lines by country exists, so only a few well-known
numbers ship here; everything is editable, and the card never claims to be complete.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from app.i18n import N_

CHECK_NOTE = N_("Check the number for where you are: these are a few well-known numbers, "
                "not a complete list.")
COMMON_EMERGENCY = "112"


@dataclass(frozen=True)
class CrisisDefaults:
    region: str | None  # ISO country code from the locale, or None when unknown
    emergency_number: str
    emergency_label: str  # how the card names it
    crisis_line_name: str | None
    crisis_line_number: str | None
    crisis_line_how: str | None  # "call or text", "call"


# The European Union's member states share 112 for emergencies.
EU = frozenset(("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"))

_US = CrisisDefaults("US", "911", "Emergency", "988 Suicide & Crisis Lifeline", "988",
                     "call or text")
_CA = CrisisDefaults("CA", "911", "Emergency", "9-8-8 Suicide Crisis Helpline", "988",
                     "call or text")
_SAMARITANS = ("Samaritans", "116 123", "call, free, day or night")


def defaults_for(region: str | None) -> CrisisDefaults:
    if region == "US":
        return _US
    if region == "CA":
        return _CA
    if region == "GB":
        return CrisisDefaults(region, "999", "Emergency (or 112)", *_SAMARITANS)
    if region == "IE":
        return CrisisDefaults(region, "112", "Emergency (or 999)", *_SAMARITANS)
    if region in EU:
        return CrisisDefaults(region, COMMON_EMERGENCY, "Emergency", None, None, None)
    # Unknown place: 112 works on mobile phones in many countries, but say so plainly.
    return CrisisDefaults(region, COMMON_EMERGENCY,
                          "Your local emergency number (112 in many countries)",
                          None, None, None)


def region_from_locale(env: Mapping[str, str] | None = None) -> str | None:
    """'en_US.UTF-8' -> 'US'; 'C', 'POSIX' or nothing set -> None. LC_ALL wins over
    LC_TELEPHONE, LC_MESSAGES and LANG, as it does for every other program."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return _country(value)
    return None


def _country(locale_name: str) -> str | None:
    base = locale_name.split(".", 1)[0].split("@", 1)[0]
    if "_" not in base:
        return None
    country = base.split("_", 1)[1].upper()
    if country == "UK":  # not an ISO code, but people write it
        country = "GB"
    return country if len(country) == 2 and country.isalpha() else None
