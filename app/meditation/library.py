"""Where guided scripts come from: the built-in set in the package, and a user's own folder."""

from __future__ import annotations

import contextlib
import functools
import importlib.resources
import os
import stat
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import UserError
from app.meditation.script import (
    KINDS,
    GuidedScript,
    ScriptError,
    dump_script,
    parse_script,
)

SUFFIX = ".txt"
# The longest built-in script is a few KiB; a file far larger is not a script.
MAX_SCRIPT_BYTES = 1024 * 1024
_TOO_BIG = (f"this file is larger than {MAX_SCRIPT_BYTES // 1024} KiB, far more than a "
            "script; give a script file")
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
        data = _read_small_file(path)
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ScriptError(path.name, None, "this file is not UTF-8 text") from None
    except OSError as error:
        raise ScriptError(path.name, None, f"cannot be read ({error.strerror or error})") from None
    return replace(parse_script(text, source=path.name), source_path=path)


def _read_small_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_SCRIPT_BYTES; ScriptError otherwise.

    A pipe would block forever and /dev/zero never ends, so the file is opened without
    blocking and checked (on the open descriptor, so it cannot be swapped) before any read;
    the read stops one byte past the limit, whatever the size claimed."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ScriptError(str(path), None, "this is not a regular file (it is a folder, "
                                               "device or pipe); give a script file")
        if info.st_size > MAX_SCRIPT_BYTES:
            raise ScriptError(str(path), None, _TOO_BIG)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_SCRIPT_BYTES + 1)
    if len(data) > MAX_SCRIPT_BYTES:
        raise ScriptError(str(path), None, _TOO_BIG)
    return data


def save_user_script(script: GuidedScript, folder: Path, *, replace_existing: bool = False) -> Path:
    """Write `script` into the user's folder and return the path: over the file that holds
    its key now (whatever that file is called), else as <key>.txt."""
    if script.key in {builtin.key for builtin in builtin_scripts()}:
        raise UserError(f"'{script.key}' is the key of a built-in script; choose another key")
    holder = own_script_path(script.key, folder)
    target = holder or folder / f"{script.key}{SUFFIX}"
    if (holder is not None or target.exists()) and not replace_existing:
        raise UserError(f"a script called '{script.key}' is already in {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    export_script(script, target)
    return target


def own_script_path(key: str, folder: Path) -> Path | None:
    """The file in the user's folder that the listing reads `key` from, if any."""
    for script in load_user_scripts(folder).scripts:
        if script.key == key:
            return script.source_path
    return None


def export_script(script: GuidedScript, path: Path) -> None:
    """Write `script` to any path in the plain-text format, e.g. to share or edit it.

    Written to a temporary file beside it and moved into place, so a full disk or a crash
    never leaves the user's script half-written."""
    if path.exists() and not path.is_file():
        # The move into place would replace a pipe or device node (as root, even /dev/null).
        raise UserError(f"{path} is not a regular file (it is a folder, device or pipe); "
                        "choose a file name")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    temporary: str | None = None
    try:
        # Not *.txt, so a leftover is never listed as a script.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(dump_script(script))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None


def _display_order(script: GuidedScript) -> tuple[int, float, str]:
    return (KINDS.index(script.kind), script.minutes, script.title.lower())
