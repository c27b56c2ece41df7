"""The guided-script text format: parse it with line-precise errors, and write it back."""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from app.errors import UserError

KINDS = ("visualization", "loving-kindness", "body-scan", "grounding", "meditation")
STEP_KINDS = ("say", "pause", "bell")
HEADER_KEYS = ("key", "title", "kind", "minutes", "summary", "intro")
REQUIRED_KEYS = ("title", "kind", "summary", "intro")

BELL_SECONDS = 5.0  # a bell with no duration: long enough for a soft bell to decay
MIN_STEP_SECONDS = 0.5
MAX_STEP_SECONDS = 3600.0  # one step longer than an hour is almost certainly a typo
MAX_SAY_WORDS = 60  # more than this does not fit the large centred caption
FAST_WORDS_PER_SECOND = 3.0  # brisk speech; a step shorter than this cannot be read aloud

_KEY_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HEADER_RE = re.compile(r"([A-Za-z][\w-]*)\s*:(.*)")
_DURATION_RE = re.compile(r"(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?")


class ScriptError(UserError):
    """A script file cannot be used; the message names the file and, if it can, the line."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        where = f"{source}, line {line}" if line is not None else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Step:
    """One step: `say` shows (and may speak) text, `pause` is silence, `bell` rings.

    `seconds` is how long the step lasts; None means a `say` step that waits for the reader.
    """

    kind: str
    text: str = ""
    seconds: float | None = None

    def __post_init__(self) -> None:
        # Text is one paragraph; normalising here is what makes dump -> parse exact.
        object.__setattr__(self, "text", " ".join(self.text.split()))
        if self.seconds is not None:
            object.__setattr__(self, "seconds", float(self.seconds))
        if self.kind not in STEP_KINDS:
            raise ValueError(f"unknown step kind {self.kind!r}")
        if (self.kind == "say") != bool(self.text):
            raise ValueError("a say step needs text and only a say step has text")
        if self.seconds is None and self.kind != "say":
            raise ValueError(f"a {self.kind} step needs seconds")
        if self.seconds is not None and not MIN_STEP_SECONDS <= self.seconds <= MAX_STEP_SECONDS:
            raise ValueError(f"step seconds out of range: {self.seconds}")

    @property
    def waits(self) -> bool:
        """True when the step stays until the reader moves on."""
        return self.seconds is None


@dataclass(frozen=True)
class GuidedScript:
    key: str
    title: str
    kind: str
    minutes: float  # the length the script promises; the schedule comes from its steps
    summary: str
    intro: str  # shown before the start, so the person knows what to expect
    steps: tuple[Step, ...]
    # Where the text came from (None for built-ins); not part of what the script *is*.
    source_path: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # The same single-paragraph rule as Step.text, so a hand-built script round-trips.
        for name in ("title", "summary", "intro"):
            object.__setattr__(self, name, " ".join(getattr(self, name).split()))
        object.__setattr__(self, "minutes", float(self.minutes))
        object.__setattr__(self, "steps", tuple(self.steps))


def planned_seconds(script: GuidedScript) -> float:
    """The timed length of a script; steps that wait for the reader count as zero."""
    return sum(step.seconds for step in script.steps if step.seconds is not None)


def parse_script(text: str, *, source: str = "<script>") -> GuidedScript:
    """Read a script; a ScriptError names `source` and the line of the first problem."""
    return _Parser(source).parse(text)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.header_parts: dict[str, list[str]] = {}
        self.header_lines: dict[str, int] = {}
        # Each step is gathered as (line, kind, seconds, text parts) until the file ends.
        self.steps: list[tuple[int, str, float | None, list[str]]] = []
        self.open_parts: list[str] | None = None  # what an indented line continues

    def fail(self, line: int | None, reason: str) -> ScriptError:
        return ScriptError(self.source, line, reason)

    def parse(self, text: str) -> GuidedScript:
        for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
            self.read_line(number, raw.rstrip())
        return self.finish()

    def read_line(self, number: int, line: str) -> None:
        if not line or line.startswith("#"):
            return
        if line[0].isspace():
            if self.open_parts is None:
                raise self.fail(number, "an indented line continues the line above it, but "
                                "only a header value or a say step can be continued")
            self.open_parts.append(line.strip())
            return
        first = line.split(None, 1)[0].split(":", 1)[0].lower()
        if first in STEP_KINDS:
            self.read_step(number, first, line[len(first):])
            return
        match = _HEADER_RE.fullmatch(line)
        if match is None:
            raise self.fail(number, f"expected a header line such as 'title: ...' or a step "
                            f"(say, pause, bell), not '{_clip(line)}'")
        key, value = match.group(1).lower(), match.group(2).strip()
        if key not in HEADER_KEYS:
            raise self.fail(number, f"'{key}' is not a header key; "
                            f"use one of {', '.join(HEADER_KEYS)}")
        if self.steps:
            raise self.fail(number, f"'{key}:' belongs in the header at the top, "
                            "before the first step")
        if key in self.header_parts:
            raise self.fail(number, f"'{key}:' is already set on line {self.header_lines[key]}")
        self.open_parts = self.header_parts[key] = [value]
        self.header_lines[key] = number

    def read_step(self, number: int, kind: str, rest: str) -> None:
        spec, colon, words = rest.partition(":")
        spec = spec.strip()
        self.open_parts = None
        if kind == "say":
            if not colon:
                raise self.fail(number, "put a colon before the words, "
                                "like 'say 20s: Notice your breath.'")
            if not spec:
                raise self.fail(number, "say needs a duration or 'wait', "
                                "like 'say 20s: ...' or 'say wait: ...'")
            said: float | None = None if spec.lower() == "wait" else self.duration(number, spec)
            self.open_parts = [words.strip()]
            self.steps.append((number, kind, said, self.open_parts))
            return
        if colon:
            raise self.fail(number, f"a {kind} step has no words; use 'say 10s: ...' to show text")
        if spec.lower() == "wait":
            raise self.fail(number, "only a say step can wait for the reader; use 'say wait: ...'")
        if not spec:
            if kind == "pause":
                raise self.fail(number, "pause needs a duration, like 'pause 10s'")
            seconds: float | None = BELL_SECONDS
        else:
            seconds = self.duration(number, spec)
        self.steps.append((number, kind, seconds, []))

    def duration(self, number: int, spec: str) -> float:
        match = _DURATION_RE.fullmatch(spec.lower())
        if not spec or match is None or not any(match.groups()):
            raise self.fail(number, f"'{_clip(spec)}' is not a duration; "
                            "write it like 20s, 2m or 1m30s")
        seconds = int(match.group(1) or 0) * 60 + float(match.group(2) or 0)
        if seconds < MIN_STEP_SECONDS:
            raise self.fail(number, f"a step lasts at least {MIN_STEP_SECONDS:g}s")
        if seconds > MAX_STEP_SECONDS:
            raise self.fail(number, "one step can last at most an hour; "
                            "split it into shorter steps")
        return seconds

    def finish(self) -> GuidedScript:
        header = {key: " ".join(" ".join(parts).split())
                  for key, parts in self.header_parts.items()}
        for key in REQUIRED_KEYS:
            if not header.get(key):
                line = self.header_lines.get(key)
                raise self.fail(line, f"the header needs a '{key}:' line" if line is None
                                else f"'{key}:' is empty")
        kind = header["kind"].lower()
        if kind not in KINDS:
            raise self.fail(self.header_lines["kind"], f"kind must be one of {', '.join(KINDS)}")
        if not self.steps:
            raise self.fail(None, "the script has no steps; add lines such as 'say 20s: ...'")
        steps = tuple(self.make_step(*entry) for entry in self.steps)
        return GuidedScript(
            key=self.key(header),
            title=header["title"],
            kind=kind,
            minutes=self.minutes(header, steps),
            summary=header["summary"],
            intro=header["intro"],
            steps=steps,
        )

    def make_step(self, number: int, kind: str, seconds: float | None, parts: list[str]) -> Step:
        text = " ".join(" ".join(parts).split())
        if kind == "say":
            if not text:
                raise self.fail(number, "this say step has no words")
            words = len(text.split())
            if words > MAX_SAY_WORDS:
                raise self.fail(number, f"{words} words do not fit on the screen at once; "
                                f"split them into say steps of at most {MAX_SAY_WORDS} words")
            needed = words / FAST_WORDS_PER_SECOND
            if seconds is not None and seconds < needed:
                raise self.fail(number, f"{words} words take about {needed:.0f}s to read aloud; "
                                f"give the step more time or use 'say wait:'")
        return Step(kind, text, seconds)

    def key(self, header: dict[str, str]) -> str:
        if "key" in header:
            key = header["key"]
            if not _KEY_RE.fullmatch(key) or len(key) > 60:
                raise self.fail(self.header_lines["key"], "a key uses only a-z, 0-9 and single "
                                "dashes, like 'calm-place'")
            return key
        # Without a key: line, the file name is the natural name, else the title.
        name = PurePath(self.source).stem if not self.source.startswith("<") else header["title"]
        key = "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:60].strip("-")
        if not key:
            raise self.fail(None, "add a 'key:' line, such as 'key: my-calm-place'")
        return key

    def minutes(self, header: dict[str, str], steps: tuple[Step, ...]) -> float:
        if "minutes" not in header:
            timed = sum(step.seconds for step in steps if step.seconds is not None)
            return float(max(1, math.ceil(timed / 60)))
        try:
            minutes = float(header["minutes"])
        except ValueError:
            minutes = -1.0
        if not 0 < minutes <= 600:
            raise self.fail(self.header_lines["minutes"],
                            "minutes must be a number such as 8 or 4.5")
        return minutes


def dump_script(script: GuidedScript) -> str:
    """Write a script in the same format; parse_script(dump_script(s)) == s."""
    lines = [
        _wrap("key: ", script.key),
        _wrap("title: ", script.title),
        _wrap("kind: ", script.kind),
        _wrap("minutes: ", _number(script.minutes)),
        _wrap("summary: ", script.summary),
        _wrap("intro: ", script.intro),
        "",
    ]
    for step in script.steps:
        if step.kind == "say":
            when = "wait" if step.seconds is None else format_duration(step.seconds)
            lines.append(_wrap(f"say {when}: ", step.text))
        elif step.kind == "bell" and step.seconds == BELL_SECONDS:
            lines.append("bell")
        else:
            lines.append(f"{step.kind} {format_duration(step.seconds or 0.0)}")
    return "\n".join(lines) + "\n"


def format_duration(seconds: float) -> str:
    """20s, 2m, 1m30s; fractions keep full precision so they read back exactly."""
    if seconds != int(seconds):
        return f"{seconds!r}s"
    minutes, rest = divmod(int(seconds), 60)
    if not minutes:
        return f"{rest}s"
    return f"{minutes}m{rest}s" if rest else f"{minutes}m"


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _wrap(lead: str, text: str) -> str:
    # Long lines fold onto indented continuation lines, which the parser joins with one space.
    return "\n".join(textwrap.wrap(lead + text, width=78, subsequent_indent="    ",
                                   break_long_words=False, break_on_hyphens=False))


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
