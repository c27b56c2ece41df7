"""Where guided scripts come from: the built-in set in the package, and a user's own folder."""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import UserError
from app.guided.script import KINDS, GuidedScript, ScriptError, dump_script, parse_script

SUFFIX = ".txt"
GROUNDING_KEY = "grounding-5-4-3-2-1"  # offered by every "stop and ground" control


@dataclass(frozen=True)
class UserScripts:
    scripts: tuple[GuidedScript, ...]
    problems: tuple[str, ...]  # one plain message per file that was left out, and why


@functools.cache
def builtin_scripts() -> tuple[GuidedScript, ...]:
    """Every script shipped in resources/guided, in display order; parsed once per process."""
    folder = importlib.resources.files("resources.guided")
    scripts = [
        parse_script(entry.read_text(encoding="utf-8"), source=entry.name)
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX)
    ]
    return tuple(sorted(scripts, key=_display_order))


def load_user_scripts(folder: Path) -> UserScripts:
    """Read every *.txt in `folder`; a bad file is reported, the good ones still load."""
    builtin_keys = {script.key for script in builtin_scripts()}
    scripts: dict[str, GuidedScript] = {}
    problems: list[str] = []
    paths = sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
    for path in paths:
        try:
            script = read_script_file(path)
        except UserError as error:
            problems.append(str(error))
            continue
        if script.key in builtin_keys or script.key in scripts:
            problems.append(f"{path.name}: another script already uses the key '{script.key}'; "
                            "change its 'key:' line")
            continue
        scripts[script.key] = script
    return UserScripts(tuple(sorted(scripts.values(), key=_display_order)), tuple(problems))


def find_script(key: str, *, user_dir: Path | None = None) -> GuidedScript:
    """The built-in or user script called `key`, or a UserError saying there is none."""
    candidates = list(builtin_scripts())
    if user_dir is not None:
        candidates += load_user_scripts(user_dir).scripts
    for script in candidates:
        if script.key == key:
            return script
    raise UserError(f"there is no guided script called '{key}'")


def read_script_file(path: Path) -> GuidedScript:
    """Parse one file, e.g. to import it; errors name the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ScriptError(path.name, None, "this file is not UTF-8 text") from None
    except OSError as error:
        raise ScriptError(path.name, None, f"cannot be read ({error.strerror or error})") from None
    return replace(parse_script(text, source=path.name), source_path=path)


def save_user_script(script: GuidedScript, folder: Path, *, replace_existing: bool = False) -> Path:
    """Write `script` into the user's folder as <key>.txt (used by import) and return the path."""
    if script.key in {builtin.key for builtin in builtin_scripts()}:
        raise UserError(f"'{script.key}' is the key of a built-in script; choose another key")
    target = folder / f"{script.key}{SUFFIX}"
    if target.exists() and not replace_existing:
        raise UserError(f"a script called '{script.key}' is already in {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    export_script(script, target)
    return target


def export_script(script: GuidedScript, path: Path) -> None:
    """Write `script` to any path in the plain-text format, e.g. to share or edit it."""
    try:
        path.write_text(dump_script(script), encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None


def _display_order(script: GuidedScript) -> tuple[int, float, str]:
    return (KINDS.index(script.kind), script.minutes, script.title.lower())
