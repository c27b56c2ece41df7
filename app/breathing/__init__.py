"""Breathing exercises without Qt: patterns and a drift-free schedule of phases."""

from app.breathing.patterns import (
    BUILTIN_PATTERNS,
    BreathPattern,
    find_pattern,
    validate_phases,
)
from app.breathing.schedule import (
    Boundary,
    BreathSchedule,
    Phase,
    PhaseState,
    due_between,
)

__all__ = [
    "BUILTIN_PATTERNS",
    "Boundary",
    "BreathPattern",
    "BreathSchedule",
    "Phase",
    "PhaseState",
    "due_between",
    "find_pattern",
    "validate_phases",
]
