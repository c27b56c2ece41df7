"""Built-in regulation strategies and starter context tags, read from resources/lists/.

A freshly created database seeds its tables from here. The 0004 revision holds a literal
copy of the rows as they were then, so an upgraded database and a new one start alike."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from app.limits import STRATEGY_FAMILIES, TAG_CATEGORIES

__all__ = ["STRATEGY_FAMILIES", "TAG_CATEGORIES", "StarterStrategy", "StarterTag",
           "category_labels", "family_labels", "strategies", "strategy_rows", "tag_rows",
           "tags"]


@dataclass(frozen=True)
class StarterStrategy:
    name: str
    family: str
    description: str
    practice_kind: str | None
    position: int


@dataclass(frozen=True)
class StarterTag:
    name: str
    category: str
    position: int


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("resources.lists").joinpath(name).read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def strategies() -> tuple[StarterStrategy, ...]:
    data = _load("strategies.json")
    return tuple(
        StarterStrategy(s["name"], s["family"], s["description"], s.get("practice_kind"), i)
        for i, s in enumerate(data["strategies"])
    )


@lru_cache(maxsize=1)
def family_labels() -> dict[str, str]:
    return {f["key"]: f["label"] for f in _load("strategies.json")["families"]}


@lru_cache(maxsize=1)
def tags() -> tuple[StarterTag, ...]:
    data = _load("context_tags.json")
    return tuple(StarterTag(t["name"], t["category"], i) for i, t in enumerate(data["tags"]))


@lru_cache(maxsize=1)
def category_labels() -> dict[str, str]:
    return {c["key"]: c["label"] for c in _load("context_tags.json")["categories"]}


def strategy_rows() -> list[dict[str, Any]]:
    """Rows for the regulation_strategy table."""
    return [
        {"name": s.name, "family": s.family, "description": s.description,
         "practice_kind": s.practice_kind, "builtin": True, "hidden": False,
         "position": s.position}
        for s in strategies()
    ]


def tag_rows() -> list[dict[str, Any]]:
    """Rows for the context_tag table."""
    return [{"name": t.name, "category": t.category, "builtin": True, "hidden": False,
             "position": t.position} for t in tags()]
