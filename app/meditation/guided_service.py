"""Guided visualizations: built-in and user scripts (files under <data dir>/scripts) and their log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.events import EventHub, ScriptsChanged
from app.meditation.library import (
    GROUNDING_KEY,
    builtin_scripts,
    export_script,
    load_user_scripts,
    own_script_path,
    read_script_file,
    save_user_script,
)
from app.meditation.script import GuidedScript, planned_seconds
from app.practice.service import PracticeRecord, PracticeService

SCRIPTS_FOLDER = "scripts"


@dataclass(frozen=True)
class ScriptList:
    builtin: tuple[GuidedScript, ...]
    own: tuple[GuidedScript, ...]  # the user's scripts, from files in their scripts folder
    problems: tuple[str, ...]  # files left out, each with the file, the line and the reason

    def all(self) -> tuple[GuidedScript, ...]:
        return self.builtin + self.own


class GuidedService:
    def __init__(self, practice: PracticeService, data_dir: Path,
                 hub: EventHub) -> None:
        self._practice = practice
        self._hub = hub
        self.folder = data_dir / SCRIPTS_FOLDER

    # -- scripts -----------------------------------------------------------------------
    def list_scripts(self) -> ScriptList:
        own = load_user_scripts(self.folder)
        return ScriptList(builtin_scripts(), own.scripts, own.problems)

    def get_script(self, key: str) -> GuidedScript:
        for script in self.list_scripts().all():
            if script.key == key:
                return script
        raise UserError(f"there is no guided script called '{key}'")

    def grounding_script(self) -> GuidedScript:
        return self.get_script(GROUNDING_KEY)

    def is_own(self, key: str) -> bool:
        return self._own_path(key) is not None

    def save_script(self, script: GuidedScript, *, replace_key: str | None = None) -> Path:
        """Write a script from the editor; `replace_key` is the script being edited, if any.

        A new key must not collide with another script; renaming an own script moves its file.
        An edit keeps the file the script came from, whatever the user named it.
        """
        replacing = replace_key is not None and script.key == replace_key
        old_path = self._own_path(replace_key) if replace_key is not None else None
        path = save_user_script(script, self.folder, replace_existing=replacing)
        if old_path is not None and not replacing:
            old_path.unlink()
        self._hub.publish(ScriptsChanged(script.key))
        return path

    def import_script(self, path: Path, *, replace_existing: bool = False) -> GuidedScript:
        """Check a script file and copy it into the scripts folder; a bad file changes nothing."""
        script = read_script_file(path)
        save_user_script(script, self.folder, replace_existing=replace_existing)
        self._hub.publish(ScriptsChanged(script.key))
        return script

    def export_script(self, key: str, path: Path) -> None:
        export_script(self.get_script(key), path)

    def delete_script(self, key: str) -> Path:
        """Remove an own script file (a user action); returns where it was, for undo."""
        path = self._own_path(key)
        if path is None:
            raise UserError(f"'{key}' is not one of your own scripts, so it cannot be removed")
        path.unlink()
        self._hub.publish(ScriptsChanged(key))
        return path

    def _own_path(self, key: str) -> Path | None:
        # The file's name need not be the key (a hand-written "Evening Walk.txt"); built-in
        # keys are never listed as own, so they never get a path here.
        return own_script_path(key, self.folder)

    # -- the log -----------------------------------------------------------------------
    def log_run(self, script: GuidedScript, *, actual_seconds: float, completed: bool,
                steps_done: int, started_at: dt.datetime | None = None,
                calm_before: int | None = None, calm_after: int | None = None,
                details: dict[str, Any] | None = None) -> PracticeRecord:
        """Store one run of a script as practice (kind 'visualization'), finished or not."""
        facts = {"steps_done": steps_done, "steps": len(script.steps), **(details or {})}
        return self._practice.log_session(
            kind="visualization", ref=script.key, title=script.title,
            planned_seconds=planned_seconds(script), actual_seconds=max(0.0, actual_seconds),
            completed=completed, started_at=started_at, calm_before=calm_before,
            calm_after=calm_after, details=facts,
        )

