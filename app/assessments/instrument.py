"""An instrument as data: items, options, scoring, bands, attribution and licence.

A file (JSON) looks like resources/instruments/phq-9.json:
  id, title, version, timeframe, instructions, options [{value, label}],
  items [{id, text, reverse?, crisis_if_above?, scored? (default true), options?,
          condition? {"score": <score name>, "above": N}}],
  scoring {method: sum | mean | percent, subscales? [{id, label, items}], band_on?,
           show?, meaningful_change?, low_if_any_item_at_most?, low_band?},
  bands [{min, max, label, meaning}], means, does_not_mean, attribution, licence,
  subtitle?, label? (e.g. "a reflection aid, not a validated test").
parse_instrument() checks every field and names the file and field in its errors, so a
therapist adding one of their own sees exactly what to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.limits import (
    INSTRUMENT_ID_PATTERN,
    INSTRUMENT_ITEMS_MAX,
    INSTRUMENT_OPTIONS_MAX,
    INSTRUMENT_TEXT_MAX,
)

METHODS = ("sum", "mean", "percent")


@dataclass(frozen=True)
class Option:
    value: int
    label: str


@dataclass(frozen=True)
class Condition:
    """Ask the item only when the named score of the items before it is above `above`."""

    score: str
    above: float


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    options: tuple[Option, ...]
    reverse: bool = False
    scored: bool = True
    crisis_if_above: int | None = None
    condition: Condition | None = None


@dataclass(frozen=True)
class Subscale:
    id: str
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    min: float
    max: float
    label: str
    meaning: str


@dataclass(frozen=True)
class Scoring:
    method: str
    subscales: tuple[Subscale, ...]
    band_on: str
    show: str  # the score a person sees first (WHO-5: the percentage)
    meaningful_change: float | None = None
    low_if_any_item_at_most: int | None = None
    low_band: str | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    title: str
    subtitle: str
    version: int
    timeframe: str
    instructions: str
    items: tuple[Item, ...]
    scoring: Scoring
    bands: tuple[Band, ...]
    means: str
    does_not_mean: str
    attribution: str
    licence: str
    label: str | None = None
    builtin: bool = True

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    @property
    def required_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.condition is None)

    def band(self, label: str | None) -> Band | None:
        return next((b for b in self.bands if b.label == label), None)


class _Reader:
    """Reads fields of one file, raising UserError('<file>: <field>: <problem>')."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, problem: str) -> UserError:
        return UserError(f"{self.source}: {field}: {problem}")

    def text(self, data: dict[str, Any], key: str, where: str, *, optional: bool = False,
             ) -> str | None:
        value = data.get(key)
        field = f"{where}{key}"
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "missing; give some text")
        if len(value) > INSTRUMENT_TEXT_MAX:
            raise self.fail(field, f"longer than {INSTRUMENT_TEXT_MAX} characters")
        return value.strip()

    def number(self, value: Any, field: str, *, whole: bool = True) -> int | float:
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise self.fail(field, "must be a whole number" if whole else "must be a number")
        return value

    def listed(self, data: dict[str, Any], key: str, where: str, most: int) -> list[Any]:
        value = data.get(key)
        if not isinstance(value, list):
            raise self.fail(f"{where}{key}", "missing; give a list")
        if len(value) > most:
            raise self.fail(f"{where}{key}", f"has {len(value)} entries; at most {most}")
        return value

    def mapping(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "must be an object ({...})")
        return value

    def options(self, data: dict[str, Any], where: str) -> tuple[Option, ...]:
        raw = self.listed(data, "options", where, INSTRUMENT_OPTIONS_MAX)
        if len(raw) < 2:
            raise self.fail(f"{where}options", "give at least two options")
        options = []
        for n, entry in enumerate(raw):
            at = f"{where}options[{n}]"
            entry = self.mapping(entry, at)
            value = int(self.number(entry.get("value"), f"{at}.value"))
            options.append(Option(value, str(self.text(entry, "label", f"{at}."))))
        if len({o.value for o in options}) != len(options):
            raise self.fail(f"{where}options", "two options have the same value")
        return tuple(options)


def parse_instrument(data: Any, *, source: str, builtin: bool = True) -> Instrument:
    r = _Reader(source)
    data = r.mapping(data, "(top level)")
    ident = str(r.text(data, "id", ""))
    if not re.fullmatch(INSTRUMENT_ID_PATTERN, ident):
        raise r.fail("id", "use 1-64 lower-case letters, digits and hyphens, like 'phq-9'")
    options = r.options(data, "")
    items = _items(r, data, options)
    scoring = _scoring(r, data, items)
    bands = _bands(r, data, scoring.method)
    if scoring.low_band is not None and scoring.low_band not in {b.label for b in bands}:
        raise r.fail("scoring.low_band", f"'{scoring.low_band}' is not the label of a band")
    return Instrument(
        id=ident, title=str(r.text(data, "title", "")),
        subtitle=r.text(data, "subtitle", "", optional=True) or "",
        version=int(r.number(data.get("version", 1), "version")),
        timeframe=str(r.text(data, "timeframe", "")),
        instructions=str(r.text(data, "instructions", "")),
        items=items, scoring=scoring, bands=bands,
        means=str(r.text(data, "means", "")),
        does_not_mean=str(r.text(data, "does_not_mean", "")),
        attribution=str(r.text(data, "attribution", "")),
        licence=str(r.text(data, "licence", "")),
        label=r.text(data, "label", "", optional=True), builtin=builtin)


def _items(r: _Reader, data: dict[str, Any], options: tuple[Option, ...]) -> tuple[Item, ...]:
    raw = r.listed(data, "items", "", INSTRUMENT_ITEMS_MAX)
    if not raw:
        raise r.fail("items", "give at least one item")
    items: list[Item] = []
    for n, entry in enumerate(raw):
        at = f"items[{n}]"
        entry = r.mapping(entry, at)
        ident = str(r.text(entry, "id", f"{at}."))
        if any(i.id == ident for i in items):
            raise r.fail(f"{at}.id", f"'{ident}' is used twice")
        own = r.options(entry, f"{at}.") if "options" in entry else options
        crisis = entry.get("crisis_if_above")
        items.append(Item(
            id=ident, text=str(r.text(entry, "text", f"{at}.")), options=own,
            reverse=_flag(r, entry, "reverse", at, False),
            scored=_flag(r, entry, "scored", at, True),
            crisis_if_above=None if crisis is None else int(
                r.number(crisis, f"{at}.crisis_if_above")),
            condition=_condition(r, entry.get("condition"), f"{at}.condition")))
    if not any(i.scored for i in items):
        raise r.fail("items", "no item is scored")
    return tuple(items)


def _flag(r: _Reader, entry: dict[str, Any], key: str, at: str, default: bool) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        raise r.fail(f"{at}.{key}", "must be true or false")
    return value


def _condition(r: _Reader, raw: Any, at: str) -> Condition | None:
    if raw is None:
        return None
    raw = r.mapping(raw, at)
    return Condition(score=str(r.text(raw, "score", f"{at}.")),
                     above=r.number(raw.get("above"), f"{at}.above", whole=False))


def _scoring(r: _Reader, data: dict[str, Any], items: tuple[Item, ...]) -> Scoring:
    raw = r.mapping(data.get("scoring"), "scoring")
    method = raw.get("method")
    if method not in METHODS:
        raise r.fail("scoring.method", f"must be one of {', '.join(METHODS)}")
    scored = [i.id for i in items if i.scored]
    subscales = _subscales(r, raw, scored)
    names = {s.id for s in subscales}
    if method == "percent":
        names = {"raw", "percent"}
    default = "percent" if method == "percent" else subscales[0].id
    band_on = raw.get("band_on", "raw" if method == "percent" else default)
    show = raw.get("show", default)
    for key, value in (("band_on", band_on), ("show", show)):
        if value not in names:
            raise r.fail(f"scoring.{key}", f"'{value}' is not a score; use {', '.join(sorted(names))}")
    for item in items:
        if item.condition is not None and item.condition.score not in names:
            raise r.fail(f"items[{items.index(item)}].condition.score",
                         f"'{item.condition.score}' is not a score")
    low_at = raw.get("low_if_any_item_at_most")
    change = raw.get("meaningful_change")
    return Scoring(
        method=method, subscales=subscales, band_on=band_on, show=show,
        meaningful_change=None if change is None else r.number(
            change, "scoring.meaningful_change", whole=False),
        low_if_any_item_at_most=None if low_at is None else int(
            r.number(low_at, "scoring.low_if_any_item_at_most")),
        low_band=r.text(raw, "low_band", "scoring.", optional=True))


def _subscales(r: _Reader, raw: dict[str, Any], scored: list[str]) -> tuple[Subscale, ...]:
    if "subscales" not in raw:
        return (Subscale("total", "Total", tuple(scored)),)
    found: list[Subscale] = []
    for n, entry in enumerate(r.listed(raw, "subscales", "scoring.", 20)):
        at = f"scoring.subscales[{n}]"
        entry = r.mapping(entry, at)
        members = entry.get("items")
        if not isinstance(members, list) or not members:
            raise r.fail(f"{at}.items", "give the ids of its items")
        for m in members:
            if m not in scored:
                raise r.fail(f"{at}.items", f"'{m}' is not the id of a scored item")
        found.append(Subscale(str(r.text(entry, "id", f"{at}.")),
                              str(r.text(entry, "label", f"{at}.")), tuple(members)))
    if not found:
        raise r.fail("scoring.subscales", "give at least one subscale")
    return tuple(found)


def _bands(r: _Reader, data: dict[str, Any], method: str) -> tuple[Band, ...]:
    bands: list[Band] = []
    for n, entry in enumerate(r.listed(data, "bands", "", 20) if "bands" in data else []):
        at = f"bands[{n}]"
        entry = r.mapping(entry, at)
        low = r.number(entry.get("min"), f"{at}.min", whole=method != "mean")
        high = r.number(entry.get("max"), f"{at}.max", whole=method != "mean")
        if high < low:
            raise r.fail(f"{at}.max", "is below min")
        if bands and low <= bands[-1].max:
            raise r.fail(f"{at}.min", "overlaps the band before; list bands from low to high")
        bands.append(Band(low, high, str(r.text(entry, "label", f"{at}.")),
                          str(r.text(entry, "meaning", f"{at}."))))
    return tuple(bands)
