"""`stillpoint guided`: list guided scripts, check a script file, import or export one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import open_from, print_json, refuse_existing
from app.cli.parser import Commands, Parser
from app.errors import UserError
from app.meditation.library import read_script_file
from app.meditation.script import GuidedScript, planned_seconds
from app.meditation.timer import clock_text


def register(commands: Commands, common: Parser) -> None:
    guided = commands.add_parser(
        "guided", parents=[common], help="list guided scripts, or check, import or export one",
        description="Guided visualizations are plain text files (docs/guided-format.md). "
                    "See docs/cli.md.")
    # Not an argparse exclusive group: its "not allowed with argument" wording is unclear.
    guided.add_argument("--list", action="store_true",
                        help="list the built-in scripts and your own")
    guided.add_argument("--json", action="store_true", help="with --list: one JSON document")
    guided.add_argument("--validate", metavar="FILE", type=Path,
                        help="check a script file; exit 2 with the file, line and reason if "
                             "it cannot be used")
    guided.add_argument("--import", dest="import_file", metavar="FILE", type=Path,
                        help="check a script file and add it to your own scripts")
    guided.add_argument("--replace", action="store_true",
                        help="with --import: replace your own script with the same key")
    guided.add_argument("--export", nargs=2, metavar=("KEY", "FILE"),
                        help="write a script (built-in or your own) to FILE")
    guided.add_argument("--force", action="store_true",
                        help="with --export: replace FILE if it already exists")
    guided.set_defaults(handler=guided_command)


def guided_command(args: argparse.Namespace) -> int:
    chosen = [name for name in ("list", "validate", "import_file", "export")
              if getattr(args, name)]
    if len(chosen) != 1:
        raise UserError("choose one of --list, --validate FILE, --import FILE or "
                        "--export KEY FILE")
    if args.json and not args.list:
        raise UserError("--json goes with --list")
    if args.replace and not args.import_file:
        raise UserError("--replace goes with --import")
    if args.validate:
        return _validate(args.validate)
    with open_from(args) as ctx:
        if args.list:
            listing = ctx.guided.list_scripts()
            if args.json:
                print_json({
                    "scripts": [_script_json(s, builtin=True) for s in listing.builtin]
                    + [_script_json(s, builtin=False) for s in listing.own],
                    "problems": list(listing.problems),
                })
                return 0
            for script in listing.all():
                print(f"{script.key:24}  {script.minutes:>4g} min  {script.title}")
            for problem in listing.problems:
                print(f"left out: {problem}")
            return 0
        if args.import_file:
            script = ctx.guided.import_script(args.import_file, replace_existing=args.replace)
            print(f"Added '{script.title}' to your scripts as {script.key}.")
            return 0
        key, target = args.export
        refuse_existing(Path(target), args.force)
        ctx.guided.export_script(key, Path(target))
        print(f"Wrote {key} to {target}.")
        return 0


def _validate(path: Path) -> int:
    script = read_script_file(path)  # a ScriptError names the file and the line
    waits = sum(1 for step in script.steps if step.waits)
    extra = f", {waits} waiting for the reader" if waits else ""
    print(f"{path.name} is a valid script: '{script.title}', {len(script.steps)} steps{extra}, "
          f"{clock_text(planned_seconds(script))} timed ({script.minutes:g} min stated).")
    return 0


def _script_json(script: GuidedScript, *, builtin: bool) -> dict[str, Any]:
    return {
        "key": script.key, "title": script.title, "kind": script.kind,
        "minutes": script.minutes, "planned_seconds": planned_seconds(script),
        "steps": len(script.steps), "waits": sum(1 for s in script.steps if s.waits),
        "summary": script.summary, "builtin": builtin,
        "path": str(script.source_path) if script.source_path else None,
    }
