"""Safety domain types: a line of the safety plan, the plan by section, the section texts,
the crisis card as shown, and the draft of the person's own crisis numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.i18n import N_
from app.limits import SAFETY_SECTIONS


@dataclass(frozen=True)
class Section:
    key: str
    number: int  # 1-6 for Stanley & Brown's steps; reasons for living come last
    heading: str
    prompt: str


# The app's own words for each part of the plan.
SECTIONS: tuple[Section, ...] = (
    Section("warning_signs", 1, N_("Signs that a hard time is building"),
            N_("Thoughts, moods, situations or habits that tell you things are getting "
               "harder.")),
    Section("coping", 2, N_("Things I can do on my own"),
            N_("Small things that help you ride out a wave by yourself: a walk, a shower, "
               "music, slow breathing.")),
    Section("distractions", 3, N_("People and places that take my mind off things"),
            N_("Someone you can simply be around, or a place where you feel a little "
               "lighter.")),
    Section("people", 4, N_("People I can ask for help"),
            N_("Someone you trust enough to tell how you really are. Add how to reach "
               "them.")),
    Section("professionals", 5, N_("Professionals and services"),
            N_("Your therapist or doctor, a crisis line, the nearest emergency department.")),
    Section("environment", 6, N_("Making my surroundings safer"),
            N_("What you can put away, lock up or hand to someone you trust while things "
               "are hard.")),
    Section("reasons", 7, N_("My reasons for living"),
            N_("People, animals, hopes and small things that matter to you.")),
)
assert tuple(s.key for s in SECTIONS) == SAFETY_SECTIONS
SECTION_BY_KEY = {s.key: s for s in SECTIONS}


@dataclass(frozen=True)
class PlanItem:
    id: int
    section: str
    text: str
    position: int
    updated_at_utc: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class SafetyPlan:
    items: tuple[PlanItem, ...] = ()

    def section(self, key: str) -> list[PlanItem]:
        return [i for i in self.items if i.section == key]

    @property
    def empty(self) -> bool:
        return not self.items

    def to_json(self) -> list[dict[str, Any]]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return [{"section": s.key, "heading": s.heading,
                 "items": [i.to_json() for i in self.section(s.key)]} for s in SECTIONS]


@dataclass(frozen=True)
class Contacts:
    """The person's own crisis numbers; None leaves the locale's default in place."""

    crisis_line_name: str | None = None
    crisis_line_number: str | None = None
    emergency_number: str | None = None
    therapist_name: str | None = None
    therapist_number: str | None = None


@dataclass(frozen=True)
class CrisisCard:
    region: str | None
    emergency_number: str
    emergency_label: str
    crisis_line_name: str | None
    crisis_line_number: str | None
    crisis_line_how: str | None
    therapist_name: str | None
    therapist_number: str | None
    check_note: str
    grounding: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        line = (None if self.crisis_line_number is None else
                {"name": self.crisis_line_name, "number": self.crisis_line_number,
                 "how": self.crisis_line_how})
        therapist = (None if not (self.therapist_name or self.therapist_number) else
                     {"name": self.therapist_name, "number": self.therapist_number})
        return {"region": self.region,
                "emergency": {"label": self.emergency_label, "number": self.emergency_number},
                "crisis_line": line, "therapist": therapist, "note": self.check_note,
                "grounding": list(self.grounding)}
