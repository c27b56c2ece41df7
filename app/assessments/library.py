"""Where instruments come from: the shipped files in resources/instruments, and a user's
own in <data dir>/instruments/*.json (a therapist may add one they are licensed to use)."""

from __future__ import annotations

import functools
import importlib.resources
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.assessments.instrument import Instrument, parse_instrument
from app.errors import UserError
from app.limits import INSTRUMENT_FILE_MAX

SUFFIX = ".json"
FOLDER = "instruments"  # under the data dir
# The order the shipped ones are offered in; anything else follows by title.
_ORDER = ("who-5", "phq-9", "gad-7", "attachment-reflection")


@dataclass(frozen=True)
class Library:
    instruments: tuple[Instrument, ...]
    problems: tuple[str, ...]  # one plain message per user file left out, and why

    def find(self, ident: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == ident), None)


def _order(instrument: Instrument) -> tuple[int, str]:
    known = _ORDER.index(instrument.id) if instrument.id in _ORDER else len(_ORDER)
    return known, instrument.title.lower()


@functools.cache
def builtin_instruments() -> tuple[Instrument, ...]:
    """Every shipped instrument; parsed once per process."""
    folder = importlib.resources.files("resources.instruments")
    found = [parse_instrument(json.loads(entry.read_text(encoding="utf-8")),
                              source=entry.name)
             for entry in folder.iterdir() if entry.name.endswith(SUFFIX)]
    return tuple(sorted(found, key=_order))


def read_instrument_file(path: Path) -> Instrument:
    """One user file, or UserError naming the file and what is wrong with it."""
    name = f"{FOLDER}/{path.name}"
    try:
        if path.stat().st_size > INSTRUMENT_FILE_MAX:
            raise UserError(f"{name}: larger than {INSTRUMENT_FILE_MAX // 1024} KiB; "
                            "an instrument file is far smaller")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise UserError(f"{name}: is not UTF-8 text") from None
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg})") from None
    return parse_instrument(data, source=name, builtin=False)


def load_library(data_dir: Path | None) -> Library:
    """The shipped instruments, then the user's; a bad user file is reported and skipped."""
    builtin = builtin_instruments()
    taken = {i.id for i in builtin}
    own: list[Instrument] = []
    problems: list[str] = []
    folder = data_dir / FOLDER if data_dir is not None else None
    paths = sorted(folder.glob(f"*{SUFFIX}")) if folder is not None and folder.is_dir() else []
    for path in paths:
        try:
            instrument = read_instrument_file(path)
        except UserError as error:
            problems.append(error.message)
            continue
        if instrument.id in taken:
            problems.append(f"{FOLDER}/{path.name}: id: '{instrument.id}' is already used "
                            "by another instrument; give it an id of its own")
            continue
        taken.add(instrument.id)
        own.append(instrument)
    return Library(builtin + tuple(sorted(own, key=_order)), tuple(problems))
