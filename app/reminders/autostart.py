"""Start with the desktop session: an XDG autostart entry that opens Stillpoint in the tray."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

DESKTOP_ID = "io.github.stillpoint.Stillpoint"


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    """~/.config/autostart/<id>.desktop, respecting $XDG_CONFIG_HOME when it is absolute."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / f"{DESKTOP_ID}.desktop"


def launch_command() -> str:
    """How the session should start us: the installed command, else this interpreter."""
    found = shutil.which("stillpoint")
    parts = [found] if found else [sys.executable, "-m", "ui.launch"]
    return " ".join(shlex.quote(p) for p in [*parts, "--hidden"])


def entry_text(command: str) -> str:
    return ("[Desktop Entry]\nType=Application\nName=Stillpoint\n"
            "Comment=Breathing, meditation and a mood log, waiting in the tray\n"
            f"Exec={command}\nIcon={DESKTOP_ID}\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def is_enabled(environ: dict[str, str] | None = None) -> bool:
    return autostart_file(environ).is_file()


def enable(command: str | None = None, environ: dict[str, str] | None = None) -> Path:
    path = autostart_file(environ)
    # mkdir's mode applies only to folders it creates: one the user already has keeps theirs.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(entry_text(command or launch_command()), encoding="utf-8")
    return path


def disable(environ: dict[str, str] | None = None) -> None:
    autostart_file(environ).unlink(missing_ok=True)
