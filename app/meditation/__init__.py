"""Guided visualizations: the plain-text script format, the built-in library, the player."""

from app.meditation.library import builtin_scripts, find_script, load_user_scripts
from app.meditation.player import GuidedSchedule, GuidedState
from app.meditation.script import (
    GuidedScript,
    ScriptError,
    Step,
    dump_script,
    parse_script,
    planned_seconds,
)

__all__ = [
    "GuidedSchedule",
    "GuidedScript",
    "GuidedState",
    "ScriptError",
    "Step",
    "builtin_scripts",
    "dump_script",
    "find_script",
    "load_user_scripts",
    "parse_script",
    "planned_seconds",
]
