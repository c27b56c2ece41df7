"""The `stillpoint` command: starts the GUI or runs a scriptable sub-command."""

from app.cli.main import main

__all__ = ["main"]
